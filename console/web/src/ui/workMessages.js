// The texts of everyday work (totals, confirmations, bulk decisions, the vehicle's history), spread into i18n/messages.js.

export const workEn = {
  'common.menu': 'Menu',
  'claim.adjustedTotal': 'Approved total {approved} of {claimed} claimed',
  'claim.totalLabor': 'Labour', 'claim.totalLaborUnpriced': '{hours} h (priced at the dealer rate on saving)',
  'claim.totalParts': 'Parts', 'claim.totalAll': 'Total claimed', 'claim.totalWithoutLabor': 'Total without labour',
  'confirm.submitTitle': 'Submit claim {number}?', 'confirm.submitText': 'The claim goes to the approvers for {amount}; it cannot be changed until it comes back.',
  'confirm.settleTitle': 'Settle claim {number}?', 'confirm.settleText': '{amount} will be credited to dealer {dealer}. A settled claim cannot be undone.',
  'confirm.moveTitle': 'Move {dealer}?', 'confirm.moveText': '{dealer} moves from region {from} to region {to}; its claims then go to the approvers of {to}.', 'confirm.move': 'Move',
  'confirm.suspendTitle': 'Suspend {dealer}?', 'confirm.suspendText': "{dealer}'s users can no longer log in or send claims until it is reactivated.",
  'done.claim.submit': 'Claim {number} submitted.', 'done.claim.settle': 'Claim {number} settled.', 'done.claim.approve': 'Claim {number} approved.',
  'done.claim.return': 'Claim {number} returned to the dealer.', 'done.claim.reject': 'Claim {number} rejected.',
  'done.dealerMoved': '{dealer} moved to {region}.', 'done.dealerSuspended': '{dealer} suspended.', 'done.dealerReactivated': '{dealer} reactivated.',
  'done.caseAction': '{action}: done for {number}.',
  'queue.region': 'Region', 'queue.anyRegion': 'Any region', 'queue.minAmount': 'Claimed from ¥', 'queue.maxAmount': 'Claimed up to ¥',
  'queue.pageSize': 'Claims per page', 'queue.perPage': '{size} per page', 'queue.totals': '{total} claims, {amount} claimed in all',
  'queue.chosen': '{count} chosen, {amount}', 'queue.chooseAll': 'Choose every claim of this page', 'queue.choose': 'Choose {number}',
  'bulk.approve': 'Approve chosen ({count})', 'bulk.return': 'Return chosen ({count})',
  'bulk.approveTitle': 'Approve {count} claims: {numbers}', 'bulk.returnTitle': 'Return {count} claims to their dealers: {numbers}',
  'bulk.done.approve': '{done} approved, {refused} refused.', 'bulk.done.return': '{done} returned, {refused} refused.',
  'bulk.ok': 'done', 'bulk.refused': 'not done: {message}', 'claim.nextClaim': 'Next claim'
}

export const workZh = {
  'common.menu': '菜单',
  'claim.adjustedTotal': '核准合计 {approved}（索赔 {claimed}）',
  'claim.totalLabor': '工时', 'claim.totalLaborUnpriced': '{hours} 小时（保存时按经销商工时单价计价）',
  'claim.totalParts': '零件', 'claim.totalAll': '索赔合计', 'claim.totalWithoutLabor': '合计（不含工时）',
  'confirm.submitTitle': '提交索赔 {number}？', 'confirm.submitText': '索赔将以 {amount} 提交审批；退回之前不能再修改。',
  'confirm.settleTitle': '结算索赔 {number}？', 'confirm.settleText': '{amount} 将记入经销商 {dealer} 的账户。结算后不能撤销。',
  'confirm.moveTitle': '调整 {dealer} 的区域？', 'confirm.moveText': '{dealer} 将从 {from} 区域调到 {to} 区域；其索赔此后由 {to} 的审批人处理。', 'confirm.move': '调整',
  'confirm.suspendTitle': '暂停 {dealer}？', 'confirm.suspendText': '{dealer} 的用户在恢复之前不能登录或提交索赔。',
  'done.claim.submit': '索赔 {number} 已提交。', 'done.claim.settle': '索赔 {number} 已结算。', 'done.claim.approve': '索赔 {number} 已批准。',
  'done.claim.return': '索赔 {number} 已退回经销商。', 'done.claim.reject': '索赔 {number} 已驳回。',
  'done.dealerMoved': '{dealer} 已调到 {region}。', 'done.dealerSuspended': '{dealer} 已暂停。', 'done.dealerReactivated': '{dealer} 已恢复。',
  'done.caseAction': '{action}：{number} 已完成。',
  'queue.region': '区域', 'queue.anyRegion': '全部区域', 'queue.minAmount': '索赔金额下限 ¥', 'queue.maxAmount': '索赔金额上限 ¥',
  'queue.pageSize': '每页索赔数', 'queue.perPage': '每页 {size} 条', 'queue.totals': '共 {total} 笔索赔，索赔合计 {amount}',
  'queue.chosen': '已选 {count} 笔，{amount}', 'queue.chooseAll': '选择本页全部索赔', 'queue.choose': '选择 {number}',
  'bulk.approve': '批准所选（{count}）', 'bulk.return': '退回所选（{count}）',
  'bulk.approveTitle': '批准 {count} 笔索赔：{numbers}', 'bulk.returnTitle': '将 {count} 笔索赔退回经销商：{numbers}',
  'bulk.done.approve': '已批准 {done} 笔，{refused} 笔未完成。', 'bulk.done.return': '已退回 {done} 笔，{refused} 笔未完成。',
  'bulk.ok': '已完成', 'bulk.refused': '未完成：{message}', 'claim.nextClaim': '下一笔索赔'
}
