package com.dealerhub.platform.training.programmes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The training department's settings of a programme level: its name, validity, renewal window and
 * prerequisites (an empty prerequisite does not apply). The flow stays as the level was created.
 */
public record LevelChange(@NotBlank @Size(max = 100) String name,
                          @NotNull @Min(1) @Max(120) Integer validityMonths,
                          @NotNull @Min(1) @Max(365) Integer renewalWindowDays,
                          @Size(max = 40) String studyCourse,
                          @Size(max = 40) String testCourse,
                          @Size(max = 40) String trainingCourse,
                          @Min(1) @Max(40) Integer minYearsInRole,
                          @Min(1) @Max(10000) Integer minCaseStudies,
                          @Min(1) @Max(8) Integer prerequisiteLevel,
                          Boolean requiredPerDealer) {
}
