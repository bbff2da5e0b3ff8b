#!/usr/bin/env bash
# Synthetic demo warranty claims, sent through the DMS batch API as each demo claims clerk's
# dealer system would send them, so auto-adjudication judges every one: two pass to the claims
# department, one comes back for labor hours over the flat rate, one special-part claim comes
# back for its missing TAC pre-authorisation and photo. Idempotency keys make a second run
# change nothing.
#
#   demo/claims.sh WILDFLY_URL KEYCLOAK_URL DEMO_PASSWORD
set -euo pipefail
WF=$1 KC=$2 PASSWORD=$3

VINS=(LDHPWJYHXHL309391 LDHZGY8B2H4357665 LDH1J3LB77L494047 LDHGDSZ8XCX705462 LDH4UWFW7VX525498 LDHM0AYS1F7970006
      LDHNJXR71U3245024 LDHVDPHH59Z565128 LDHRH2VX5Z6263344 LDHF7J4W0J2157937 LDH2AXWD6H1357137 LDH5ASP15DP297606
      LDHMPKZ388C336131 LDHS0WBG748310388 LDHG57C80YY680270 LDHU7WH14J0335623 LDHR4ZUU17Z464570 LDHNAM4L27X302573
      LDHECKR41HM858845 LDH8DGRNX4Y112168 LDHLCRKL3RV447203 LDHJWX3F5KY390907 LDHU4B2U45E565059 LDHKYSNF23H515930)
SOLD=$(date -u -d '-14 months' +%F)
REPAIRED=$(date -u -d '-2 days' +%F)

# claim KIND VIN MODEL OPERATION HOURS PART PRICE MILEAGE KEY FAULT
claim() {
  printf '{"kind":"%s","repairOrder":"RO-%s","vin":"%s","model":"%s","saleDate":"%s","repairDate":"%s","mileage":%s,' \
    "$1" "${2:11}" "$2" "$3" "$SOLD" "$REPAIRED" "$8"
  printf '"faultDescription":"%s","labor":[{"operation":"%s","hours":%s}],' "${10}" "$4" "$5"
  printf '"parts":[{"number":"%s","quantity":1,"unitPrice":%s,"causal":true}],"idempotencyKey":"%s"}' "$6" "$7" "$9"
}

i=0
for clerk in aurora-e01-claims aurora-e02-claims aurora-s01-claims borealis-e01-claims borealis-e02-claims borealis-s01-claims; do
  token=$(curl -fsS -d grant_type=password -d client_id=dealerhub-cli -d "username=$clerk" -d "password=$PASSWORD" \
    "$KC/realms/dealerhub/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  body="{\"claims\":[$(claim REGULAR "${VINS[i]}" S3 EN-101 3.5 P-10001 860.00 41250 "demo-$clerk-1" \
      '冷启动时发动机正时链条异响 Timing chain rattle on cold start'),$(claim REGULAR "${VINS[i+1]}" X5 BR-401 0.9 P-40001 380.00 23810 "demo-$clerk-2" \
      '制动时前轮异响 Front brakes squeal when braking'),$(claim REGULAR "${VINS[i+2]}" S3 TR-301 5.5 P-30001 5400.00 56400 "demo-$clerk-3" \
      '二挡升三挡冲击 Harsh 2-3 upshift'),$(claim SPECIAL_PART "${VINS[i+3]}" EV7 EL-501 1.2 P-50001 2100.00 18020 "demo-$clerk-4" \
      '左前大灯进水起雾 Water inside the left headlamp')]}"
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" \
    "$WF/platform/api/warranty-claims/batches"
  i=$((i + 4))
done
