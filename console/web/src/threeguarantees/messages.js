// The words of the three-guarantees (三包) ledger, in both languages (spread into the console's messages).

export const threeGuaranteesEn = {
  'threeGuarantees.title': 'Three guarantees (三包)',
  'threeGuarantees.level': 'Three-guarantees warning',
  'threeGuarantees.level.NONE': 'No warning', 'threeGuarantees.level.YELLOW': 'Yellow: approaching',
  'threeGuarantees.level.ORANGE': 'Orange: one step from due', 'threeGuarantees.level.RED': 'Red: replacement or refund due',
  'threeGuarantees.reasons': 'Why', 'threeGuarantees.noRepairs': 'No quality-related repair recorded for this VIN.',
  'threeGuarantees.period': '三包 period', 'threeGuarantees.repairWarranty': 'Repair warranty',
  'threeGuarantees.until': 'until {date} · {inside}', 'threeGuarantees.inside': 'inside', 'threeGuarantees.outside': 'ended',
  'threeGuarantees.unknown': 'unknown (no sale date)',
  'threeGuarantees.repairDays': 'Cumulative repair days', 'threeGuarantees.sameProblem': 'Same problem repaired',
  'threeGuarantees.seriousSafety': 'Serious safety repairs', 'threeGuarantees.majorParts': 'Major parts replaced',
  'threeGuarantees.loanerDue': 'A loaner car (or transport compensation) is owed now.',
  'threeGuarantees.repairs': 'Quality-related repairs at every dealer',
  'threeGuarantees.source': 'Source', 'threeGuarantees.source.CLAIM': 'Warranty claim', 'threeGuarantees.source.REPAIR_ORDER': 'Repair order',
  'threeGuarantees.reference': 'Number', 'threeGuarantees.days': 'Days', 'threeGuarantees.problems': 'Problem',
  'threeGuarantees.counted': 'Counted', 'threeGuarantees.notCounted': 'outside the period',
  'threeGuarantees.showReasons': 'Show why', 'threeGuarantees.hideReasons': 'Hide'
}

export const threeGuaranteesZh = {
  'threeGuarantees.title': '三包',
  'threeGuarantees.level': '三包预警',
  'threeGuarantees.level.NONE': '无预警', 'threeGuarantees.level.YELLOW': '黄色：接近三包条件',
  'threeGuarantees.level.ORANGE': '橙色：距换退车仅一步', 'threeGuarantees.level.RED': '红色：已满足换车或退车条件',
  'threeGuarantees.reasons': '原因', 'threeGuarantees.noRepairs': '该 VIN 尚无质量问题维修记录。',
  'threeGuarantees.period': '三包有效期', 'threeGuarantees.repairWarranty': '包修期',
  'threeGuarantees.until': '至 {date} · {inside}', 'threeGuarantees.inside': '有效期内', 'threeGuarantees.outside': '已过期',
  'threeGuarantees.unknown': '未知（无销售日期）',
  'threeGuarantees.repairDays': '累计修理天数', 'threeGuarantees.sameProblem': '同一问题修理次数',
  'threeGuarantees.seriousSafety': '严重安全性能故障修理次数', 'threeGuarantees.majorParts': '主要总成更换次数',
  'threeGuarantees.loanerDue': '现应提供备用车或交通费用补偿。',
  'threeGuarantees.repairs': '各经销商的质量问题维修',
  'threeGuarantees.source': '来源', 'threeGuarantees.source.CLAIM': '索赔', 'threeGuarantees.source.REPAIR_ORDER': '维修工单',
  'threeGuarantees.reference': '编号', 'threeGuarantees.days': '天数', 'threeGuarantees.problems': '问题',
  'threeGuarantees.counted': '计入', 'threeGuarantees.notCounted': '有效期外',
  'threeGuarantees.showReasons': '查看原因', 'threeGuarantees.hideReasons': '收起'
}
