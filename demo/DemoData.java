/*
 * DealerHub demo data generator (synthetic data only; deterministic output).
 *
 *   java demo/DemoData.java --realm OUT.json --sql OUT.sql
 *        [--password PW] [--ops-secret S] [--admin-api-secret S] [--redirect-base URL]
 *
 * --realm writes a Keycloak 26.4 realm "dealerhub" for `kc.sh start-dev --import-realm`
 *         (place it in Keycloak's data/import/). Each dealer is an Organization, and the realm
 *         import also adds the dealer users as members, so no admin REST calls are needed.
 * --sql   writes INSERTs for the network, region and dealer tables (PostgreSQL).
 * Either output may be omitted, but at least one is required.
 */

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class DemoData {

    record Network(String code, String name, String brandZh, String brandEn, List<Region> regions) {}

    record Region(String code, String name, List<Dealer> dealers) {}

    record Dealer(String code, String cityZh, String districtZh, String cityEn, String districtEn) {}

    record User(String username, String firstName, String lastName, String role,
                Map<String, List<String>> attributes, String organization) {}

    static final List<String> REALM_ROLES = List.of(
            "dealer-admin", "dealer-advisor", "dealer-technician", "dealer-claims",
            "oem-regional-manager", "oem-tac", "oem-claims", "oem-quality", "oem-training",
            "oem-parts", "oem-cac", "oem-it", "oem-regional-vp", "oem-analyst", "platform-admin");

    static final List<String> DEFAULT_CLIENT_SCOPES = List.of(
            "basic", "profile", "email", "roles", "organization", "web-origins", "acr");

    // Dealer users exist only for these dealers of every network.
    static final List<String> STAFFED_DEALERS = List.of("e01", "e02", "s01");
    // These dealers have only the account their DMS sends the service-process feed with (a service advisor).
    static final List<String> DMS_ONLY_DEALERS = List.of("e03", "s02", "w01");

    static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
            "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo"};
    static final String[] GIVEN_NAMES = {"Wei", "Fang", "Jing", "Lei", "Min", "Tao", "Yan", "Jun",
            "Hui", "Qiang", "Xin", "Lan", "Peng", "Yu", "Ning", "Hao", "Ting", "Bo", "Li", "Kai", "Mei", "Chen", "Rui"};

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = parseArgs(args);
        String password = opts.getOrDefault("--password", "dealerhub-demo");
        String opsSecret = opts.getOrDefault("--ops-secret", "dealerhub-ops-secret");
        String adminApiSecret = opts.getOrDefault("--admin-api-secret", "dealerhub-admin-api-secret");
        String redirectBase = opts.getOrDefault("--redirect-base", "http://127.0.0.1:18080").replaceAll("/+$", "");

        List<Network> networks = networks();
        if (opts.containsKey("--realm")) {
            Object realm = realm(networks, users(networks), password, opsSecret, adminApiSecret, redirectBase);
            Files.writeString(Path.of(opts.get("--realm")), Json.write(realm, true) + "\n");
        }
        if (opts.containsKey("--sql")) {
            Files.writeString(Path.of(opts.get("--sql")), sql(networks));
        }
    }

    static Map<String, String> parseArgs(String[] args) {
        List<String> known = List.of("--realm", "--sql", "--password", "--ops-secret", "--admin-api-secret", "--redirect-base");
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i]) || i + 1 >= args.length) {
                usage("unknown option or missing value: " + args[i]);
            }
            opts.put(args[i], args[i + 1]);
        }
        if (!opts.containsKey("--realm") && !opts.containsKey("--sql")) {
            usage("nothing to do");
        }
        return opts;
    }

    static void usage(String problem) {
        System.err.println(problem + "\nusage: java demo/DemoData.java --realm OUT.json --sql OUT.sql"
                + " [--password PW] [--ops-secret S] [--admin-api-secret S] [--redirect-base URL]");
        System.exit(2);
    }

    // ---------------------------------------------------------------- demo organisation

    static List<Network> networks() {
        return List.of(
                network("aurora", "Aurora Motors 极光汽车", "极光汽车", "Aurora", new String[][][] {
                        {{"杭州", "滨江", "Hangzhou", "Binjiang"}, {"苏州", "工业园", "Suzhou", "Industrial Park"},
                                {"宁波", "鄞州", "Ningbo", "Yinzhou"}, {"上海", "嘉定", "Shanghai", "Jiading"}},
                        {{"广州", "天河", "Guangzhou", "Tianhe"}, {"深圳", "南山", "Shenzhen", "Nanshan"},
                                {"东莞", "松山湖", "Dongguan", "Songshan Lake"}, {"南宁", "青秀", "Nanning", "Qingxiu"}},
                        {{"成都", "高新", "Chengdu", "Gaoxin"}, {"重庆", "渝北", "Chongqing", "Yubei"},
                                {"西安", "曲江", "Xi'an", "Qujiang"}, {"昆明", "呈贡", "Kunming", "Chenggong"}}}),
                network("borealis", "Borealis Automotive 北辰汽车", "北辰汽车", "Borealis", new String[][][] {
                        {{"南京", "江宁", "Nanjing", "Jiangning"}, {"合肥", "蜀山", "Hefei", "Shushan"},
                                {"无锡", "新吴", "Wuxi", "Xinwu"}, {"上海", "闵行", "Shanghai", "Minhang"}},
                        {{"佛山", "顺德", "Foshan", "Shunde"}, {"珠海", "香洲", "Zhuhai", "Xiangzhou"},
                                {"厦门", "思明", "Xiamen", "Siming"}, {"海口", "龙华", "Haikou", "Longhua"}},
                        {{"贵阳", "观山湖", "Guiyang", "Guanshanhu"}, {"兰州", "城关", "Lanzhou", "Chengguan"},
                                {"绵阳", "涪城", "Mianyang", "Fucheng"}, {"银川", "金凤", "Yinchuan", "Jinfeng"}}}));
    }

    /** places[regionIndex][dealerIndex] = {cityZh, districtZh, cityEn, districtEn}, regions in east/south/west order. */
    static Network network(String code, String name, String brandZh, String brandEn, String[][][] places) {
        String[][] regionNames = {{"east", "e", "华东大区 East"}, {"south", "s", "华南大区 South"}, {"west", "w", "西部大区 West"}};
        List<Region> regions = new ArrayList<>();
        for (int r = 0; r < regionNames.length; r++) {
            List<Dealer> dealers = new ArrayList<>();
            for (int d = 0; d < places[r].length; d++) {
                String[] p = places[r][d];
                dealers.add(new Dealer("%s-%s%02d".formatted(code, regionNames[r][1], d + 1), p[0], p[1], p[2], p[3]));
            }
            regions.add(new Region(code + "-" + regionNames[r][0], regionNames[r][2], dealers));
        }
        return new Network(code, name, brandZh, brandEn, regions);
    }

    static String dealerName(Network n, Dealer d) {
        return "%s%s%s服务中心 %s %s %s Service Centre"
                .formatted(n.brandZh(), d.cityZh(), d.districtZh(), n.brandEn(), d.cityEn(), d.districtEn());
    }

    static String organizationName(Network n, Dealer d) {
        return d.code() + " " + n.brandZh() + d.cityZh() + d.districtZh();
    }

    // ---------------------------------------------------------------- users

    static List<User> users(List<Network> networks) {
        List<User> users = new ArrayList<>();
        for (Network n : networks) {
            for (Region region : n.regions()) {
                for (Dealer dealer : region.dealers()) {
                    if (STAFFED_DEALERS.contains(dealer.code().substring(n.code().length() + 1))) {
                        for (String[] job : new String[][] {{"admin", "dealer-admin"}, {"advisor", "dealer-advisor"},
                                {"tech", "dealer-technician"}, {"claims", "dealer-claims"}}) {
                            users.add(user(users.size(), dealer.code() + "-" + job[0], job[1],
                                    Map.of("network", List.of(n.code())), dealer.code()));
                        }
                    }
                }
            }
            String net = n.code();
            addRegionalUser(users, net + "-fmc-east", "oem-regional-manager", net, net + "-east");
            addRegionalUser(users, net + "-fmc-south", "oem-regional-manager", net, net + "-south");
            addRegionalUser(users, net + "-tac-east", "oem-tac", net, net + "-east", net + "-south");
            addRegionalUser(users, net + "-vp-east", "oem-regional-vp", net, net + "-east");
            for (String office : List.of("claims", "quality", "training", "parts", "cac", "it", "analyst")) {
                users.add(user(users.size(), net + "-" + office, "oem-" + office,
                        Map.of("network", List.of(net), "oem_scope", List.of("network")), null));
            }
        }
        users.add(user(users.size(), "platform-admin", "platform-admin", Map.of(), null));
        // Added last, so that every other user keeps its synthetic name.
        for (Network n : networks) {
            for (String dealer : DMS_ONLY_DEALERS) {
                users.add(user(users.size(), n.code() + "-" + dealer + "-dms", "dealer-advisor",
                        Map.of("network", List.of(n.code())), n.code() + "-" + dealer));
            }
        }
        return users;
    }

    static void addRegionalUser(List<User> users, String username, String role, String network, String... regions) {
        users.add(user(users.size(), username, role,
                Map.of("network", List.of(network), "oem_scope", List.of("regions"), "regions", List.of(regions)), null));
    }

    /** Synthetic pinyin names, derived from the user's position so they are stable across runs. */
    static User user(int index, String username, String role, Map<String, List<String>> attributes, String organization) {
        String firstName = GIVEN_NAMES[(index * 7 + 3) % GIVEN_NAMES.length];
        String lastName = SURNAMES[(index * 3 + index / SURNAMES.length) % SURNAMES.length];
        return new User(username, firstName, lastName, role, attributes, organization);
    }

    // ---------------------------------------------------------------- realm JSON

    /** What tenant administration needs of Keycloak: users, organizations, brute-force status, login events. */
    static final List<String> ADMIN_API_ROLES = List.of(
            "manage-users", "view-users", "query-users", "manage-realm", "view-realm", "view-events");

    static Map<String, Object> realm(List<Network> networks, List<User> users, String password,
                                     String opsSecret, String adminApiSecret, String redirectBase) {
        Map<String, Object> realm = obj(
                "realm", "dealerhub",
                "displayName", "DealerHub",
                "enabled", true,
                "sslRequired", "none",
                "registrationAllowed", false,
                "accessTokenLifespan", 900,
                "bruteForceProtected", true,
                "failureFactor", 5,
                "waitIncrementSeconds", 60,
                "permanentLockout", false,
                "internationalizationEnabled", true,
                "supportedLocales", List.of("zh-CN", "en"),
                "defaultLocale", "zh-CN",
                "organizationsEnabled", true,
                // Login events give dealer admins their users' last login.
                "eventsEnabled", true,
                "enabledEventTypes", List.of("LOGIN", "LOGIN_ERROR"),
                "eventsExpiration", 90 * 24 * 3600,
                "roles", obj("realm", REALM_ROLES.stream().map(r -> obj("name", r)).toList()),
                "components", obj("org.keycloak.userprofile.UserProfileProvider", List.of(obj(
                        "providerId", "declarative-user-profile",
                        "subComponents", obj(),
                        "config", obj("kc.user.profile.config", List.of(Json.write(userProfile(), false))))))
        );
        realm.put("clients", List.of(
                obj("clientId", "dealerhub-api",
                        "name", "DealerHub API (resource server)",
                        "enabled", true,
                        "publicClient", false,
                        "standardFlowEnabled", false,
                        "implicitFlowEnabled", false,
                        "directAccessGrantsEnabled", false,
                        "serviceAccountsEnabled", false),
                tokenClient(obj("clientId", "dealerhub-console",
                        "name", "DealerHub console",
                        "publicClient", true,
                        "standardFlowEnabled", true,
                        "directAccessGrantsEnabled", false,
                        "serviceAccountsEnabled", false,
                        "redirectUris", List.of(redirectBase + "/*"),
                        "webOrigins", List.of(redirectBase),
                        "attributes", obj("pkce.code.challenge.method", "S256",
                                "post.logout.redirect.uris", redirectBase + "/*")), networks),
                tokenClient(obj("clientId", "dealerhub-cli",
                        "name", "DealerHub scripts and tests (password grant)",
                        "publicClient", true,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", true,
                        "serviceAccountsEnabled", false), networks),
                obj("clientId", "dealerhub-admin-api",
                        "name", "DealerHub tenant administration (Keycloak admin API)",
                        "enabled", true,
                        "publicClient", false,
                        "secret", adminApiSecret,
                        "standardFlowEnabled", false,
                        "implicitFlowEnabled", false,
                        "directAccessGrantsEnabled", false,
                        "serviceAccountsEnabled", true),
                tokenClient(obj("clientId", "dealerhub-ops",
                        "name", "DealerHub operations (client credentials)",
                        "publicClient", false,
                        "secret", opsSecret,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", false,
                        "serviceAccountsEnabled", true), networks)));

        List<Object> userReps = new ArrayList<>();
        for (User u : users) {
            userReps.add(obj("username", u.username(),
                    "enabled", true,
                    "emailVerified", true,
                    "email", u.username() + "@users.example",
                    "firstName", u.firstName(),
                    "lastName", u.lastName(),
                    "attributes", sortedAttributes(u.attributes()),
                    "credentials", List.of(obj("type", "password", "value", password, "temporary", false)),
                    "realmRoles", List.of(u.role())));
        }
        userReps.add(obj("username", "service-account-dealerhub-admin-api",
                "enabled", true,
                "serviceAccountClientId", "dealerhub-admin-api",
                "clientRoles", obj("realm-management", ADMIN_API_ROLES)));
        userReps.add(obj("username", "service-account-dealerhub-ops",
                "enabled", true,
                "serviceAccountClientId", "dealerhub-ops",
                "realmRoles", List.of("platform-admin")));
        realm.put("users", userReps);
        realm.put("organizations", organizations(networks, users));
        return realm;
    }

    /** Adds what every token-issuing client needs: the default scopes (without them an imported client gets none) and our claims. */
    static Map<String, Object> tokenClient(Map<String, Object> client, List<Network> networks) {
        client.put("enabled", true);
        client.put("implicitFlowEnabled", false);
        client.put("defaultClientScopes", DEFAULT_CLIENT_SCOPES);
        client.put("protocolMappers", List.of(
                obj("name", "dealerhub-api audience",
                        "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", obj("included.client.audience", "dealerhub-api",
                                "access.token.claim", "true",
                                "introspection.token.claim", "true",
                                "id.token.claim", "false")),
                attributeMapper("network", false),
                attributeMapper("oem_scope", false),
                attributeMapper("regions", true)));
        return client;
    }

    static Map<String, Object> attributeMapper(String attribute, boolean multivalued) {
        return obj("name", attribute,
                "protocol", "openid-connect",
                "protocolMapper", "oidc-usermodel-attribute-mapper",
                "config", obj("user.attribute", attribute,
                        "claim.name", attribute,
                        "jsonType.label", "String",
                        "multivalued", String.valueOf(multivalued),
                        "access.token.claim", "true",
                        "id.token.claim", "true",
                        "userinfo.token.claim", "true",
                        "introspection.token.claim", "true"));
    }

    static List<Object> organizations(List<Network> networks, List<User> users) {
        Map<String, List<Object>> members = users.stream()
                .filter(u -> u.organization() != null)
                .collect(Collectors.groupingBy(User::organization, LinkedHashMap::new,
                        Collectors.mapping(u -> (Object) obj("username", u.username(), "membershipType", "UNMANAGED"),
                                Collectors.toList())));
        List<Object> orgs = new ArrayList<>();
        for (Network n : networks) {
            for (Region region : n.regions()) {
                for (Dealer d : region.dealers()) {
                    orgs.add(obj("alias", d.code(),
                            "name", organizationName(n, d),
                            "description", dealerName(n, d),
                            "enabled", true,
                            "attributes", obj("network", List.of(n.code()), "region", List.of(region.code())),
                            "domains", List.of(obj("name", d.code() + ".dealers.example", "verified", false)),
                            "members", members.getOrDefault(d.code(), List.of())));
                }
            }
        }
        return orgs;
    }

    /**
     * Keycloak's declarative user profile drops undeclared ("unmanaged") attributes, so the tenant
     * attributes are declared here: admin-only, so users cannot change their own scope in the account console.
     */
    static Map<String, Object> userProfile() {
        List<String> both = List.of("admin", "user");
        Map<String, Object> userEditable = obj("view", both, "edit", both);
        Map<String, Object> requiredForUser = obj("roles", List.of("user"));
        Map<String, Object> adminOnly = obj("view", List.of("admin"), "edit", List.of("admin"));
        return obj("attributes", List.of(
                obj("name", "username", "displayName", "${username}", "permissions", userEditable, "multivalued", false,
                        "validations", obj("length", obj("min", 3, "max", 255),
                                "username-prohibited-characters", obj(), "up-username-not-idn-homograph", obj())),
                obj("name", "email", "displayName", "${email}", "permissions", userEditable, "multivalued", false,
                        "required", requiredForUser,
                        "validations", obj("email", obj(), "length", obj("max", 255))),
                obj("name", "firstName", "displayName", "${firstName}", "permissions", userEditable, "multivalued", false,
                        "required", requiredForUser,
                        "validations", obj("length", obj("max", 255), "person-name-prohibited-characters", obj())),
                obj("name", "lastName", "displayName", "${lastName}", "permissions", userEditable, "multivalued", false,
                        "required", requiredForUser,
                        "validations", obj("length", obj("max", 255), "person-name-prohibited-characters", obj())),
                obj("name", "network", "displayName", "OEM network", "permissions", adminOnly, "multivalued", false),
                obj("name", "oem_scope", "displayName", "OEM data scope", "permissions", adminOnly, "multivalued", false,
                        "validations", obj("options", obj("options", List.of("regions", "network")))),
                obj("name", "regions", "displayName", "OEM regions", "permissions", adminOnly, "multivalued", true)));
    }

    static Map<String, Object> sortedAttributes(Map<String, List<String>> attributes) {
        Map<String, Object> sorted = new LinkedHashMap<>();
        attributes.keySet().stream().sorted().forEach(k -> sorted.put(k, attributes.get(k)));
        return sorted;
    }

    // ---------------------------------------------------------------- SQL

    static String sql(List<Network> networks) {
        List<String> networkRows = new ArrayList<>();
        List<String> regionRows = new ArrayList<>();
        List<String> dealerRows = new ArrayList<>();
        for (Network n : networks) {
            networkRows.add(row(n.code(), n.name()));
            for (Region r : n.regions()) {
                regionRows.add(row(r.code(), n.code(), r.name()));
                for (Dealer d : r.dealers()) {
                    dealerRows.add(row(d.code(), n.code(), r.code(), dealerName(n, d), d.cityZh()));
                }
            }
        }
        return "-- DealerHub synthetic demo data, generated by demo/DemoData.java. Do not edit by hand.\n"
                + insert("network (code, name)", networkRows)
                + insert("region (code, network_code, name)", regionRows)
                + insert("dealer (code, network_code, region_code, name, city)", dealerRows);
    }

    static String insert(String target, List<String> rows) {
        return "\nINSERT INTO " + target + " VALUES\n    " + String.join(",\n    ", rows) + ";\n";
    }

    static String row(String... values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add("'" + v.replace("'", "''") + "'");
        }
        return "(" + String.join(", ", quoted) + ")";
    }

    // ---------------------------------------------------------------- JSON

    /** Ordered map from alternating keys and values. */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Minimal JSON writer for maps, lists, strings, numbers and booleans. */
    static final class Json {
        static String write(Object value, boolean pretty) {
            StringBuilder out = new StringBuilder();
            write(out, value, pretty, "");
            return out.toString();
        }

        private static void write(StringBuilder out, Object value, boolean pretty, String indent) {
            String inner = indent + "  ";
            String newline = pretty ? "\n" : "";
            switch (value) {
                case Map<?, ?> map when map.isEmpty() -> out.append("{}");
                case List<?> list when list.isEmpty() -> out.append("[]");
                case Map<?, ?> map -> {
                    out.append('{').append(newline);
                    int i = 0;
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        out.append(pretty ? inner : "");
                        string(out, e.getKey().toString());
                        out.append(pretty ? ": " : ":");
                        write(out, e.getValue(), pretty, inner);
                        out.append(++i < map.size() ? "," : "").append(newline);
                    }
                    out.append(pretty ? indent : "").append('}');
                }
                case List<?> list -> {
                    out.append('[').append(newline);
                    for (int i = 0; i < list.size(); i++) {
                        out.append(pretty ? inner : "");
                        write(out, list.get(i), pretty, inner);
                        out.append(i + 1 < list.size() ? "," : "").append(newline);
                    }
                    out.append(pretty ? indent : "").append(']');
                }
                case String s -> string(out, s);
                case Number n -> out.append(n);
                case Boolean b -> out.append(b);
                default -> throw new IllegalArgumentException("not JSON: " + value);
            }
        }

        private static void string(StringBuilder out, String s) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> {
                        if (c < 0x20) {
                            out.append("\\u%04x".formatted((int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
