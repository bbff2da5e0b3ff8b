package com.dealerhub.reporting.kpi.definition;

import com.dealerhub.reporting.kpi.definition.KpiDefinition.Component;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Mean;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Ratio;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Tally;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Version;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.WeightedScore;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.dealerhub.reporting.kpi.definition.Criterion.is;
import static com.dealerhub.reporting.kpi.definition.Criterion.isAnyOf;
import static com.dealerhub.reporting.kpi.definition.Criterion.isNotTrue;
import static com.dealerhub.reporting.kpi.definition.Criterion.isTrue;
import static com.dealerhub.reporting.kpi.definition.Criterion.present;

/**
 * Every KPI, every version: DOMAIN section 8's formulas over the dealers' feed (the indexed records
 * of docs/feed, one per DMS record) and the OEM's own over the case index (fields of migration V30).
 * A change of a formula is a new version with the first day it applies; old versions stay, so a
 * past period is read as it was defined then.
 */
public final class KpiCatalogue {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    // The dealers' service process (feed records), each population dated by the event that puts a record in its period.
    private static final Population APPOINTMENTS_MADE = Population.of(Source.FEED, "madeAt", is("kind", "APPOINTMENT"));
    private static final Population APPOINTMENTS_ARRIVED = Population.of(Source.FEED, "scheduledFor", is("kind", "APPOINTMENT"), isTrue("arrived"));
    private static final Population ARRIVALS = Population.of(Source.FEED, "openedAt", is("kind", "REPAIR_ORDER"));
    private static final Population DELIVERIES = Population.of(Source.FEED, "deliveredAt", is("kind", "REPAIR_ORDER"), isTrue("delivered"));
    private static final Population CALLS = Population.of(Source.FEED, "deliveredAt", is("kind", "FOLLOW_UP_CALL"));
    private static final Population DEALER_COMPLAINTS = Population.of(Source.FEED, "receivedAt", is("kind", "COMPLAINT"));
    private static final Population RESCUES_DISPATCHED = Population.of(Source.FEED, "requestedAt", is("kind", "ROADSIDE_RESCUE"), isTrue("dispatched"));
    private static final Population RESCUES_CLOSED = RESCUES_DISPATCHED.and(isTrue("closed"));

    // The OEM's own, from the cases.
    private static final Population CLAIMS_SUBMITTED = Population.of(Source.CASES, "submittedAt", is("type", "WARRANTY"), present("submittedAt"));
    private static final Population CLAIMS_DECIDED = Population.of(Source.CASES, "decidedAt", is("type", "WARRANTY"), present("cycleHours"));
    private static final Population COMPLAINTS = Population.of(Source.CASES, "createdAt", is("type", "COMPLAINT"));
    private static final Population ACCOUNT_REQUESTS = Population.of(Source.CASES, "createdAt", is("type", "ACCOUNT_REQUEST"));
    private static final Population CERTIFICATIONS = Population.of(Source.CASES, "createdAt", is("type", "CERTIFICATION"));
    private static final Population TRAINING_NEEDS = Population.of(Source.CASES, "createdAt", is("type", "TRAINING"));
    private static final Population MISSING_PARTS = Population.of(Source.CASES, "createdAt", is("type", "MISSING_PART"));

    private static final Ratio RESCUE_DISPATCH_COMPLETION = ratio("RESCUE_DISPATCH_COMPLETION", "救援派工完成率", "Rescue dispatch completion",
            "已结案救援 / 已派工救援", "closed rescues / dispatched rescues", RESCUES_CLOSED, RESCUES_DISPATCHED);
    private static final Ratio RESCUE_SATISFACTION = ratio("RESCUE_SATISFACTION", "救援客户满意率", "Rescue customer satisfaction",
            "客户满意的已结案救援 / 已结案救援", "closed rescues with a satisfied customer / closed rescues",
            RESCUES_CLOSED.and(isTrue("customerSatisfied")), RESCUES_CLOSED);
    private static final Ratio RESCUE_ON_TIME_ARRIVAL = ratio("RESCUE_ON_TIME_ARRIVAL", "救援准时到达率", "Rescue on-time arrival",
            "准时到达的救援 / 已派工救援", "rescues arrived on time / dispatched rescues",
            RESCUES_DISPATCHED.and(isTrue("arrivedOnTime")), RESCUES_DISPATCHED);
    private static final Ratio RESCUE_RESTORED = ratio("RESCUE_RESTORED", "救援恢复行驶率", "Rescue restored to drive",
            "恢复行驶的已结案救援 / 已结案救援", "closed rescues restored to drive / closed rescues",
            RESCUES_CLOSED.and(isTrue("restoredToDrive")), RESCUES_CLOSED);
    private static final Ratio RESCUE_FIRST_ATTEMPT = ratio("RESCUE_FIRST_ATTEMPT", "救援一次成功率", "Rescue first-attempt success",
            "一次成功的救援 / 已派工救援", "rescues succeeded at the first attempt / dispatched rescues",
            RESCUES_DISPATCHED.and(isTrue("firstAttemptSucceeded")), RESCUES_DISPATCHED);

    private static final List<KpiDefinition> ALL = List.of(
            ratio("APPOINTMENT_RATE", "预约率", "Appointment rate",
                    "预约进站台次 / 进站总台次", "arrivals by appointment / all arrivals",
                    ARRIVALS.and(isTrue("byAppointment")), ARRIVALS),
            ratio("APPOINTMENT_ON_TIME_RATE", "预约准时率", "On-time appointment rate",
                    "准时到店的预约 / 到店的预约", "appointments arrived on time / appointments arrived",
                    APPOINTMENTS_ARRIVED.and(isTrue("arrivedOnTime")), APPOINTMENTS_ARRIVED),
            ratio("ACTIVE_APPOINTMENT_RATE", "主动预约率", "Active appointment rate",
                    "主动预约 / 全部预约", "appointments the dealer initiated / all appointments",
                    APPOINTMENTS_MADE.and(is("initiative", "ACTIVE")), APPOINTMENTS_MADE),
            ratio("PASSIVE_APPOINTMENT_RATE", "被动预约率", "Passive appointment rate",
                    "被动预约 / 全部预约", "appointments the customer initiated / all appointments",
                    APPOINTMENTS_MADE.and(is("initiative", "PASSIVE")), APPOINTMENTS_MADE),
            ratio("APPOINTMENT_ON_TIME_COMPLETION", "预约按时完工率", "Appointment on-time completion",
                    "按时完工的到店预约 / 到店的预约", "arrived appointments completed on time / appointments arrived",
                    APPOINTMENTS_ARRIVED.and(isTrue("completedOnTime")), APPOINTMENTS_ARRIVED),
            ratio("FIRST_TIME_FIX_RATE", "一次修复率", "First-time-fix rate",
                    "(进站台次 − 返修台次) / 进站台次", "(arrivals − repeat repairs) / arrivals",
                    ARRIVALS.and(isNotTrue("repeatRepair")), ARRIVALS),
            ratio("PARTS_FILL_RATE", "配件满足率", "Parts fill rate",
                    "(工单数 − 缺件工单数) / 工单数", "(repair orders − orders short of parts) / repair orders",
                    ARRIVALS.and(isNotTrue("shortOfParts")), ARRIVALS),
            ratio("QC_RATE", "质检率", "QC rate",
                    "已质检的交车工单 / 交车工单", "delivered orders with QC done / delivered orders",
                    DELIVERIES.and(isTrue("qcDone")), DELIVERIES),
            ratio("QC_PASS_RATE", "质检合格率", "QC pass rate",
                    "质检合格的工单 / 已质检的交车工单", "orders passing QC / delivered orders with QC done",
                    DELIVERIES.and(isTrue("qcDone"), isTrue("qcPassed")), DELIVERIES.and(isTrue("qcDone"))),
            ratio("ON_TIME_DELIVERY_RATE", "按时交车率", "On-time delivery rate",
                    "按承诺时间交车的工单 / 有承诺时间的交车工单", "orders delivered by the promised time / delivered orders with a promised time",
                    DELIVERIES.and(present("promisedAt"), isTrue("deliveredOnTime")), DELIVERIES.and(present("promisedAt"))),
            ratio("ON_TIME_COMPLETION_RATE", "按时完工率", "On-time completion rate",
                    "按时完工的交车工单 / 交车工单", "delivered orders completed on time / delivered orders",
                    DELIVERIES.and(isTrue("completedOnTime")), DELIVERIES),
            ratio("ESTIMATE_ACCURACY", "估价准确率", "Estimate accuracy",
                    "估价与实际相差不超过10%的工单 / 有估价和实际金额的交车工单",
                    "orders whose estimate is within 10 % of the actual amount / delivered orders with both amounts",
                    DELIVERIES.and(present("estimateAmount"), present("actualAmount"), isTrue("estimateAccurate")),
                    DELIVERIES.and(present("estimateAmount"), present("actualAmount"))),
            ratio("COMPLAINT_RATE", "投诉率", "Complaint rate",
                    "投诉数 / 交车台次", "complaints / deliveries", DEALER_COMPLAINTS, DELIVERIES),
            ratio("TIMELY_HANDLING_RATE", "投诉及时处理率", "Timely handling rate",
                    "及时处理的投诉 / 投诉数", "complaints handled in time / complaints",
                    DEALER_COMPLAINTS.and(isTrue("handledInTime")), DEALER_COMPLAINTS),
            ratio("SATISFIED_CLOSURE_RATE", "投诉满意结案率", "Satisfied closure rate",
                    "客户满意结案的投诉 / 已结案投诉", "complaints closed with a satisfied customer / closed complaints",
                    DEALER_COMPLAINTS.and(isTrue("closed"), isTrue("closedSatisfied")), DEALER_COMPLAINTS.and(isTrue("closed"))),
            ratio("FOLLOW_UP_SATISFACTION_RATE", "回访满意率", "Follow-up satisfaction rate",
                    "满意的回访 / 接通的回访", "satisfied follow-up calls / calls that reached the customer",
                    CALLS.and(isTrue("reached"), isTrue("satisfied")), CALLS.and(isTrue("reached"))),
            ratio("EFFECTIVE_CALLBACK_RATE", "有效回访率", "Effective callback rate",
                    "交车后3个工作日内接通的回访 / 应回访数", "calls reaching the customer within 3 working days of delivery / calls due",
                    CALLS.and(isTrue("reached"), isTrue("withinThreeWorkingDays")), CALLS),
            new WeightedScore(version("RESCUE_SCORE", "道路救援综合得分", "Roadside rescue score",
                    "派工完成率×30 + 客户满意率×40 + 准时到达率×10 + 恢复行驶率×10 + 一次成功率×10",
                    "dispatch completion × 30 + customer satisfaction × 40 + on-time arrival × 10 + restored to drive × 10 + first-attempt success × 10"),
                    List.of(new Component(30, RESCUE_DISPATCH_COMPLETION), new Component(40, RESCUE_SATISFACTION),
                            new Component(10, RESCUE_ON_TIME_ARRIVAL), new Component(10, RESCUE_RESTORED),
                            new Component(10, RESCUE_FIRST_ATTEMPT))),
            RESCUE_DISPATCH_COMPLETION, RESCUE_SATISFACTION, RESCUE_ON_TIME_ARRIVAL, RESCUE_RESTORED, RESCUE_FIRST_ATTEMPT,

            new Mean(version("CLAIM_CYCLE_TIME", "索赔处理周期", "Claim cycle time",
                    "首次提交至最终审批（批准或拒绝）的平均小时数", "average hours from first submission to the final decision (approved or rejected)"),
                    CLAIMS_DECIDED, "cycleHours", Unit.HOURS),
            ratio("AUTO_ADJUDICATION_PASS_RATE", "自动审核通过率", "Auto-adjudication pass rate",
                    "首次自动审核通过的索赔 / 已提交索赔", "claims passing their first auto-adjudication / submitted claims",
                    CLAIMS_SUBMITTED.and(isTrue("autoPassedFirst")), CLAIMS_SUBMITTED),
            new Ratio(version("CLAIM_RETURN_RATE", "索赔退回率", "Claim return rate",
                    "被退回的索赔 / 已提交索赔（按原因）", "claims returned / submitted claims (by reason)"),
                    CLAIMS_SUBMITTED.and(isTrue("returned")), CLAIMS_SUBMITTED, "returnReasons"),
            new Ratio(version("CLAIM_REJECTION_RATE", "索赔拒绝率", "Claim rejection rate",
                    "被拒绝的索赔 / 已提交索赔（按原因）", "claims rejected / submitted claims (by reason)"),
                    CLAIMS_SUBMITTED.and(isTrue("rejected")), CLAIMS_SUBMITTED, "rejectionReasons"),
            ratio("COMPLAINT_CONTACT_RATE", "投诉2小时联系率", "Complaint 2-hour contact rate",
                    "派单后2小时内联系客户的投诉 / 联系时钟已结束的投诉",
                    "complaints whose customer was contacted within 2 hours of dispatch / complaints whose contact clock ended",
                    COMPLAINTS.and(is("clockStatus.CONTACT", "MET")), COMPLAINTS.and(isAnyOf("clockStatus.CONTACT", "MET", "BREACHED"))),
            ratio("COMPLAINT_CLOSURE_RATE", "投诉72小时结案率", "Complaint 72-hour closure rate",
                    "派单后72小时内结案的投诉 / 结案时钟已结束的投诉",
                    "complaints closed within 72 hours of dispatch / complaints whose closure clock ended",
                    COMPLAINTS.and(is("clockStatus.CLOSURE", "MET")), COMPLAINTS.and(isAnyOf("clockStatus.CLOSURE", "MET", "BREACHED"))),
            ratio("REPEAT_COMPLAINT_RATE", "重复投诉率", "Repeat-complaint rate",
                    "48小时内同一车辆同一故障第三次及以上的投诉 / 投诉数",
                    "complaints repeating the same VIN and fault for the third time within 48 hours / complaints",
                    COMPLAINTS.and(isTrue("repeatEscalated")), COMPLAINTS),
            new Tally(version("ACCOUNT_REQUESTS", "账号申请数", "Account requests", "账号申请数", "account requests opened"),
                    ACCOUNT_REQUESTS),
            ratio("CERTIFICATION_PASS_RATE", "认证通过率", "Certification pass rate",
                    "获得证书的认证申请 / 已有结果的认证申请", "applications certified / applications with an outcome (certified, failed, rejected)",
                    CERTIFICATIONS.and(is("state", "CERTIFIED")), CERTIFICATIONS.and(isAnyOf("state", "CERTIFIED", "FAILED", "REJECTED"))),
            onTime("CERTIFICATION_CHECK_ON_TIME", "认证审核及时率", "Certification check on time",
                    "5个工作日内审核的认证申请", "certification applications checked within 5 working days", CERTIFICATIONS, "CHECK"),
            onTime("TRAINING_NEED_ANSWER_ON_TIME", "培训需求答复及时率", "Training needs answered on time",
                    "10个工作日内答复的培训需求", "training needs answered within 10 working days", TRAINING_NEEDS, "NEED_ANSWER"),
            onTime("MISSING_PART_CONFIRM_ON_TIME", "缺件订购确认及时率", "Missing-part requests confirmed on time",
                    "2个工作日内确认的缺件订购", "missing-part requests confirmed within 2 working days", MISSING_PARTS, "MISSING_PART_CONFIRM"));

    private static final Map<String, List<KpiDefinition>> VERSIONS = ALL.stream()
            .collect(Collectors.groupingBy(KpiDefinition::code, LinkedHashMap::new,
                    Collectors.collectingAndThen(Collectors.toList(),
                            l -> l.stream().sorted(Comparator.comparing((KpiDefinition d) -> d.version().since()).reversed()).toList())));

    private KpiCatalogue() {
    }

    /** The codes of every KPI, in the catalogue's order. */
    public static List<String> codes() {
        return List.copyOf(VERSIONS.keySet());
    }

    /** The version of a KPI that applies to a period ending on {@code day}. */
    public static Optional<KpiDefinition> inEffect(String code, LocalDate day) {
        return VERSIONS.getOrDefault(code, List.of()).stream().filter(d -> !d.version().since().isAfter(day)).findFirst();
    }

    /** Every version of every KPI. */
    public static Stream<KpiDefinition> all() {
        return ALL.stream();
    }

    private static Ratio ratio(String code, String zh, String en, String formulaZh, String formulaEn, Population numerator, Population denominator) {
        return new Ratio(version(code, zh, en, formulaZh, formulaEn), numerator, denominator, null);
    }

    /** Cases whose clock was met, of those whose clock ended (met or breached); running clocks are left out. */
    private static Ratio onTime(String code, String zh, String en, String whatZh, String whatEn, Population cases, String clock) {
        String field = "clockStatus." + clock;
        return ratio(code, zh, en, whatZh + " / 时限已结束的", whatEn + " / those whose clock ended",
                cases.and(is(field, "MET")), cases.and(isAnyOf(field, "MET", "BREACHED")));
    }

    private static Version version(String code, String zh, String en, String formulaZh, String formulaEn) {
        return new Version(code, 1, FIRST, new Label(zh, en), new Label(formulaZh, formulaEn));
    }
}
