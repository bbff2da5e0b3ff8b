import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic service-process feed (DOMAIN section 8), sent through the DMS batch API as six
 * dealers of each network would send it: the last three full months and this month so far, a few
 * hundred records per dealer (appointments, repair orders, follow-up calls, dealer complaints,
 * roadside rescues), some repair orders sent twice (opened, then delivered) as the record moves on.
 * The other dealers of each network send nothing (their reports show "no data"). A fixed seed per
 * dealer and idempotency keys make a second run change nothing.
 *
 *   java demo/ServiceFeedDemo.java WILDFLY_URL KEYCLOAK_URL DEMO_PASSWORD
 */
public class ServiceFeedDemo {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] SENDERS = {"e01-advisor", "e02-advisor", "e03-dms", "s01-advisor", "s02-dms", "w01-dms"};
    static final String[] PROBLEMS = {"ENG-OIL-LEAK", "TRN-SHIFT-SHOCK", "BRK-NOISE", "AC-NO-COOL", "EL-SCREEN-BLACK", "BAT-DRAIN"};
    static final String[] MAJOR_PARTS = {"ENGINE", "TRANSMISSION", "TRACTION_BATTERY", "DRIVE_MOTOR", "STEERING", "BRAKES", "BODY"};
    static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    static final int BATCH = 500;

    public static void main(String[] args) throws Exception {
        String wildfly = args[0], keycloak = args[1], password = args[2];
        HttpClient http = HttpClient.newHttpClient();
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        LocalDate firstDay = now.toLocalDate().withDayOfMonth(1).minusMonths(3);
        int sent = 0;
        for (String network : new String[] {"aurora", "borealis"}) {
            for (String sender : SENDERS) {
                String user = network + "-" + sender;
                String token = token(http, keycloak, user, password);
                List<String> events = feed(user, firstDay, now, new Random(user.hashCode()));
                for (int from = 0; from < events.size(); from += BATCH) {
                    String body = "{\"events\":[" + String.join(",", events.subList(from, Math.min(from + BATCH, events.size()))) + "]}";
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(wildfly + "/platform/api/service-feed/batches"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200 || !answer.body().contains("\"refused\":0")) {
                        throw new IllegalStateException(user + ": " + answer.statusCode() + " " + answer.body());
                    }
                }
                sent += events.size();
            }
        }
        System.out.println("  demo service-process feed: " + sent + " events from " + 2 * SENDERS.length + " dealers");
    }

    static String token(HttpClient http, String keycloak, String user, String password) throws Exception {
        String form = "grant_type=password&client_id=dealerhub-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/dealerhub/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + answer.body());
        }
        return m.group(1);
    }

    /** The dealer's events, day by day from {@code firstDay} until yesterday. */
    static List<String> feed(String user, LocalDate firstDay, ZonedDateTime now, Random random) {
        String prefix = user.substring(0, user.lastIndexOf('-')).toUpperCase(Locale.ROOT).replace("-", "");
        List<String> events = new ArrayList<>();
        List<String> vins = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            vins.add(vin(random));
        }
        for (LocalDate day = firstDay; day.isBefore(now.toLocalDate()); day = day.plusDays(1)) {
            // Each day's records depend only on the dealer and the day, so that a later run sends the same again.
            random = new Random((user + day).hashCode());
            int perDay = 1 + random.nextInt(2);
            for (int k = 0; k < perDay; k++) {
                String n = day.toString().replace("-", "") + "-" + k;
                ZonedDateTime opened = day.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(ZONE);
                String ro = prefix + "-RO-" + n;
                boolean byAppointment = random.nextInt(10) < 6;
                if (byAppointment) {
                    ZonedDateTime made = opened.minusDays(1 + random.nextInt(5));
                    ZonedDateTime arrived = opened.plusMinutes(random.nextInt(10) < 8 ? -10 : 25);
                    events.add(event(prefix + "-AP-" + n, "APPOINTMENT", prefix + "-AP-" + n, arrived,
                            "\"madeAt\":\"" + made.toOffsetDateTime() + "\",\"initiative\":\"" + (random.nextBoolean() ? "ACTIVE" : "PASSIVE")
                                    + "\",\"scheduledFor\":\"" + opened.toOffsetDateTime() + "\",\"arrivedAt\":\"" + arrived.toOffsetDateTime()
                                    + "\",\"completedOnTime\":" + (random.nextInt(10) < 8)));
                }
                boolean quality = random.nextInt(10) < 3;
                String vin = quality ? vins.get(random.nextInt(vins.size())) : vin(random);
                String common = "\"openedAt\":\"" + opened.toOffsetDateTime() + "\",\"vin\":\"" + vin + "\",\"mileage\":" + (800 + random.nextInt(90_000))
                        + ",\"byAppointment\":" + byAppointment + ",\"repeatRepair\":" + (quality && random.nextInt(4) == 0)
                        + ",\"shortOfParts\":" + (random.nextInt(12) == 0)
                        + (quality ? ",\"qualityRelated\":true,\"problemCode\":\"" + PROBLEMS[random.nextInt(PROBLEMS.length)] + "\""
                        + (random.nextInt(15) == 0 ? ",\"seriousSafetyFault\":true" : "")
                        + (random.nextInt(6) == 0 ? ",\"majorPartReplaced\":\"" + MAJOR_PARTS[random.nextInt(MAJOR_PARTS.length)] + "\"" : "")
                        + ",\"partsTransportDays\":" + random.nextInt(3) : "");
                ZonedDateTime promised = opened.plusHours(3 + random.nextInt(30));
                // Opened: the first snapshot, with the estimate.
                double estimate = 200 + random.nextInt(5000);
                events.add(event(ro + "-opened", "REPAIR_ORDER", ro, opened, common + ",\"estimateAmount\":" + estimate
                        + ",\"promisedAt\":\"" + promised.toOffsetDateTime() + "\""));
                ZonedDateTime delivered = promised.plusMinutes(random.nextInt(10) < 8 ? -30 : 90 + random.nextInt(600));
                if (delivered.isAfter(now)) {
                    continue;
                }
                double actual = Math.round(estimate * (0.8 + random.nextInt(40) / 100.0));
                boolean qcDone = random.nextInt(10) < 9;
                events.add(event(ro + "-delivered", "REPAIR_ORDER", ro, delivered, common + ",\"estimateAmount\":" + estimate
                        + ",\"actualAmount\":" + actual + ",\"promisedAt\":\"" + promised.toOffsetDateTime() + "\",\"deliveredAt\":\""
                        + delivered.toOffsetDateTime() + "\",\"qcDone\":" + qcDone + ",\"qcPassed\":" + (qcDone && random.nextInt(10) < 9)
                        + ",\"completedOnTime\":" + !delivered.isAfter(promised)));
                ZonedDateTime called = delivered.plusDays(1 + random.nextInt(8)).withHour(10);
                if (random.nextInt(10) < 7 && called.isBefore(now)) {
                    boolean reached = random.nextInt(10) < 8;
                    events.add(event(prefix + "-FC-" + n, "FOLLOW_UP_CALL", prefix + "-FC-" + n, called,
                            "\"repairOrder\":\"" + ro + "\",\"deliveredAt\":\"" + delivered.toOffsetDateTime() + "\",\"calledAt\":\""
                                    + called.toOffsetDateTime() + "\",\"reached\":" + reached + ",\"satisfied\":" + (reached && random.nextInt(10) < 8)));
                }
            }
            if (random.nextInt(8) == 0) {
                ZonedDateTime received = day.atTime(11, random.nextInt(60)).atZone(ZONE);
                boolean closed = random.nextInt(4) > 0;
                events.add(event(prefix + "-CP-" + day.toString().replace("-", ""), "COMPLAINT", prefix + "-CP-" + day.toString().replace("-", ""), received,
                        "\"receivedAt\":\"" + received.toOffsetDateTime() + "\",\"handledInTime\":" + (random.nextInt(5) > 0)
                                + ",\"closed\":" + closed + ",\"closedSatisfied\":" + (closed && random.nextInt(5) > 0)));
            }
            if (random.nextInt(12) == 0) {
                ZonedDateTime requested = day.atTime(random.nextInt(24), random.nextInt(60)).atZone(ZONE);
                events.add(event(prefix + "-RS-" + day.toString().replace("-", ""), "ROADSIDE_RESCUE", prefix + "-RS-" + day.toString().replace("-", ""), requested,
                        "\"requestedAt\":\"" + requested.toOffsetDateTime() + "\",\"dispatched\":true,\"closed\":true,\"arrivedOnTime\":"
                                + (random.nextInt(5) > 0) + ",\"restoredToDrive\":" + (random.nextInt(4) > 0) + ",\"firstAttemptSucceeded\":"
                                + (random.nextInt(4) > 0) + ",\"customerSatisfied\":" + (random.nextInt(5) > 0)));
            }
        }
        return events;
    }

    static String event(String key, String kind, String number, ZonedDateTime occurredAt, String fields) {
        return "{\"key\":\"" + key + "\",\"kind\":\"" + kind + "\",\"number\":\"" + number + "\",\"occurredAt\":\""
                + occurredAt.toOffsetDateTime() + "\"," + fields + "}";
    }

    static String vin(Random random) {
        StringBuilder vin = new StringBuilder("LDH");
        while (vin.length() < 17) {
            vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
        }
        return vin.toString();
    }
}
