package com.dealerhub.platform.accountrequests;

import jakarta.validation.constraints.Size;

/** A reviewer's note; required (as the reason) when returning or rejecting. */
public record ReviewRequest(@Size(max = 2000) String note) {
}
