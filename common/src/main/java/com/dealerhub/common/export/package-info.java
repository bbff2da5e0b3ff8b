/**
 * Exports of lists and dashboard tables as files a person opens in Excel.
 *
 * <p>Build a {@link com.dealerhub.common.export.Table} (columns with a Chinese and an English header,
 * typed cells), then answer it with {@link com.dealerhub.common.export.Exports#answer}, which picks
 * {@link com.dealerhub.common.export.CsvWriter CSV} or {@link com.dealerhub.common.export.XlsxWriter XLSX}
 * from the {@code format} query parameter and the header language from {@code lang} or
 * {@code Accept-Language} ({@link com.dealerhub.common.export.Language}).
 *
 * <pre>{@code
 * Table table = new Table("claims")
 *         .text("编号", "Number")
 *         .amount("索赔金额", "Claimed amount")
 *         .instant("提交时间", "Submitted");
 * items.forEach(i -> table.row(i.number(), i.claimedAmount(), i.submittedAt()));
 * return Exports.answer(format, Language.of(lang, headers), table);
 * }</pre>
 */
package com.dealerhub.common.export;
