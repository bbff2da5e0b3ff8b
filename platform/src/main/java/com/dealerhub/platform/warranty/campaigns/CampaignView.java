package com.dealerhub.platform.warranty.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign with how many vehicles it covers and how many of them have been claimed. */
public record CampaignView(String code, String title, List<String> laborOperations, List<String> parts,
                           LocalDate validFrom, LocalDate validTo, String publishedBy, Instant publishedAt,
                           long vehicles, long claimed) {
}
