package com.dealerhub.platform.threeguarantees;

/** How the reasons name a major part. */
final class MajorPartNames {

    private MajorPartNames() {
    }

    static String zh(MajorPart part) {
        return switch (part) {
            case ENGINE -> "发动机";
            case TRANSMISSION -> "变速器";
            case TRACTION_BATTERY -> "动力蓄电池";
            case DRIVE_MOTOR -> "驱动电机";
            case STEERING -> "转向系统";
            case BRAKES -> "制动系统";
            case BODY -> "车身";
        };
    }

    static String en(MajorPart part) {
        return switch (part) {
            case ENGINE -> "engine";
            case TRANSMISSION -> "transmission";
            case TRACTION_BATTERY -> "traction battery";
            case DRIVE_MOTOR -> "drive motor";
            case STEERING -> "steering";
            case BRAKES -> "brakes";
            case BODY -> "body";
        };
    }
}
