// The reporting pages' texts: dashboards, a KPI's page, the records behind a figure.
export const reportingEn = {
  'menu.reports': 'Reports', 'menu.kpis': 'KPI', 'menu.kpiRecords': 'Records behind a figure',
  'reports.title': 'Dashboard', 'reports.from': 'From', 'reports.to': 'To', 'reports.by': 'Rows', 'reports.apply': 'Show',
  'reports.by.NETWORK': 'Network', 'reports.by.REGION': 'Regions', 'reports.by.DEALER': 'Dealers', 'reports.by.REASON': 'Reasons',
  'reports.interval': 'Periods', 'reports.interval.TOTAL': 'Whole range', 'reports.interval.DAY': 'Days', 'reports.interval.MONTH': 'Months', 'reports.interval.YEAR': 'Years',
  'reports.kpi': 'KPI', 'reports.value': 'Value', 'reports.network': 'Network', 'reports.networkAverage': 'Network average',
  'reports.noData': 'no data', 'reports.formula': 'Formula', 'reports.version': 'definition v{version} since {since}',
  'reports.count': 'Numerator', 'reports.base': 'Denominator', 'reports.row': 'Row', 'reports.period': 'Period',
  'reports.trend': 'Trend', 'reports.ranking': 'Ranking', 'reports.distribution': 'Distribution', 'reports.withoutData': 'Without data: {names}',
  'reports.open': 'Open', 'reports.records': 'Records behind the figure', 'reports.side.NUMERATOR': 'numerator', 'reports.side.DENOMINATOR': 'denominator',
  'reports.recordsTotal': '{total} records ({side}) of {kpi}, {from} to {to}', 'reports.record': 'Record', 'reports.kind': 'Kind',
  'reports.date': 'Date', 'reports.components': 'Components', 'reports.back': 'Back to the KPI',
  'reports.source.FEED': 'dealers\' service-process feed', 'reports.source.CASES': 'platform cases',
  'feedKind.APPOINTMENT': 'Appointment', 'feedKind.REPAIR_ORDER': 'Repair order', 'feedKind.FOLLOW_UP_CALL': 'Follow-up call',
  'feedKind.COMPLAINT': 'Dealer complaint', 'feedKind.ROADSIDE_RESCUE': 'Roadside rescue'
}

export const reportingZh = {
  'menu.reports': '报表', 'menu.kpis': 'KPI', 'menu.kpiRecords': '指标明细',
  'reports.title': '仪表盘', 'reports.from': '开始日期', 'reports.to': '结束日期', 'reports.by': '行', 'reports.apply': '查询',
  'reports.by.NETWORK': '全网', 'reports.by.REGION': '大区', 'reports.by.DEALER': '经销商', 'reports.by.REASON': '原因',
  'reports.interval': '周期', 'reports.interval.TOTAL': '整个区间', 'reports.interval.DAY': '按日', 'reports.interval.MONTH': '按月', 'reports.interval.YEAR': '按年',
  'reports.kpi': '指标', 'reports.value': '数值', 'reports.network': '全网', 'reports.networkAverage': '全网平均',
  'reports.noData': '无数据', 'reports.formula': '公式', 'reports.version': '定义第{version}版，自{since}起',
  'reports.count': '分子', 'reports.base': '分母', 'reports.row': '行', 'reports.period': '周期',
  'reports.trend': '趋势', 'reports.ranking': '排名', 'reports.distribution': '分布', 'reports.withoutData': '无数据：{names}',
  'reports.open': '打开', 'reports.records': '指标明细', 'reports.side.NUMERATOR': '分子', 'reports.side.DENOMINATOR': '分母',
  'reports.recordsTotal': '{kpi}的{side}共{total}条记录，{from}至{to}', 'reports.record': '记录', 'reports.kind': '类别',
  'reports.date': '日期', 'reports.components': '分项', 'reports.back': '返回指标',
  'reports.source.FEED': '经销商服务流程数据', 'reports.source.CASES': '平台案件',
  'feedKind.APPOINTMENT': '预约', 'feedKind.REPAIR_ORDER': '维修工单', 'feedKind.FOLLOW_UP_CALL': '回访',
  'feedKind.COMPLAINT': '经销商投诉', 'feedKind.ROADSIDE_RESCUE': '道路救援'
}
