package com.dealerhub.tenantadmin.me;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;

import java.util.List;

/** The caller as the console shows it: name, roles, network, dealer or regions. */
public record MeView(String username, List<String> roles, String network, String dealer, CallerScope scope,
                     List<String> regions) {

    static MeView of(Caller caller) {
        return new MeView(caller.username(), caller.roles().stream().sorted().toList(), caller.network(),
                caller.dealer(), caller.scope(), caller.regions().stream().sorted().toList());
    }
}
