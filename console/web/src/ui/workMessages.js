// The texts of everyday work (totals, confirmations, bulk decisions, the vehicle's history), spread into i18n/messages.js.

export const workEn = {
  'common.menu': 'Menu',
  'claim.adjustedTotal': 'Approved total {approved} of {claimed} claimed',
  'claim.totalLabor': 'Labour', 'claim.totalLaborUnpriced': '{hours} h (priced at the dealer rate on saving)',
  'claim.totalParts': 'Parts', 'claim.totalAll': 'Total claimed', 'claim.totalWithoutLabor': 'Total without labour'
}

export const workZh = {
  'common.menu': '菜单',
  'claim.adjustedTotal': '核准合计 {approved}（索赔 {claimed}）',
  'claim.totalLabor': '工时', 'claim.totalLaborUnpriced': '{hours} 小时（保存时按经销商工时单价计价）',
  'claim.totalParts': '零件', 'claim.totalAll': '索赔合计', 'claim.totalWithoutLabor': '合计（不含工时）'
}
