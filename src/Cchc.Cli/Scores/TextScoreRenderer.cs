using System.Globalization;
using Cchc.Cli.Shell;
using Cchc.Domain.Scoring;

namespace Cchc.Cli.Scores;

/// <summary>
/// The human format: a card per assessment (every node's points, maximum, component index, self-assessed and
/// appraised points and their difference; bonus/penalty; totals; index and class), then a ranking table per block
/// with the class counts.
/// </summary>
internal sealed class TextScoreRenderer : IScoreRenderer
{
    public void Render(ScoreReport report, TextWriter output, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var t = language;
        var identity = report.Framework.Identity;
        output.WriteLine($"{identity.Title} ({identity.Id} {identity.Version})");
        foreach (var unit in report.Units)
        {
            output.WriteLine();
            WriteCard(unit, output, t);
        }

        foreach (var block in report.Blocks)
        {
            output.WriteLine();
            WriteRanking(block.Key, [.. block], output, t);
            WriteCounts(report.Ranking.ClassCounts.Where(c => string.Equals(c.Block, block.Key, StringComparison.Ordinal)), output, t);
        }

        if (report.Blocks.Skip(1).Any())
        {
            output.WriteLine();
            output.Write(t.T("All blocks. ", "Tất cả các khối. "));
            WriteCounts(report.Ranking.ClassCounts.Where(c => c.Block is null), output, t);
        }
    }

    private static void WriteCard(ScoredUnit unit, TextWriter output, Language t)
    {
        var card = unit.Card;
        var block = card.Block.Length == 0 ? string.Empty : ", " + t.T("block ", "khối ") + card.Block;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{card.Unit.Name} ({card.Unit.Code}), {card.Year}{block} — {unit.File}"));
        output.WriteLine(Row(t.T("Code", "Mã"), t.T("Points", "Điểm"), t.T("Max", "Tối đa"), t.T("Index %", "Chỉ số %"), t.T("Self", "Tự chấm"), t.T("Appraised", "Thẩm định"), t.T("Diff", "Chênh lệch"), t.T("Criterion", "Tiêu chí")));
        foreach (var area in card.Areas)
        {
            WriteNode(area, 0, output, t);
        }

        if (!card.Adjustments.Items.IsEmpty)
        {
            output.WriteLine(t.T(
                $"Bonus {Numbers.Two(card.Adjustments.Bonus)}, penalty {Numbers.Two(card.Adjustments.Penalty)} (net {Numbers.Two(card.Adjustments.Net)})",
                $"Điểm thưởng {Numbers.Two(card.Adjustments.Bonus)}, điểm trừ {Numbers.Two(card.Adjustments.Penalty)} (cộng {Numbers.Two(card.Adjustments.Net)})"));
        }

        output.WriteLine(t.T(
            $"Total {Numbers.Two(card.TotalPoints)} / {Numbers.Two(card.ApplicableMaxPoints)}; index {Numbers.Two(card.IndexPercent)} %; class {card.Class?.Label ?? "—"}",
            $"Tổng điểm {Numbers.Two(card.TotalPoints)} / {Numbers.Two(card.ApplicableMaxPoints)}; chỉ số {Numbers.Two(card.IndexPercent)} %; xếp loại {card.Class?.Label ?? "—"}"));
        output.WriteLine(t.T(
            $"Self-assessed {Numbers.Two(card.SelfAssessedTotal)}, appraised {Numbers.Two(card.AppraisedTotal)} (difference {Numbers.Two(card.Difference)}), survey {Numbers.Two(card.SurveyTotal)}",
            $"Tự chấm {Numbers.Two(card.SelfAssessedTotal)}, thẩm định {Numbers.Two(card.AppraisedTotal)} (chênh lệch {Numbers.Two(card.Difference)}), điều tra XHH {Numbers.Two(card.SurveyTotal)}"));
    }

    private static void WriteNode(NodeScore node, int depth, TextWriter output, Language t)
    {
        var index = node.ComponentIndex is { } i ? Numbers.Two(i) : t.T("n/a", "KAD");
        var survey = node.Method == AssessmentMethod.Survey;
        output.WriteLine(Row(
            new string(' ', 2 * depth) + node.Code,
            Numbers.Two(node.Points),
            Numbers.Two(node.MaxPoints),
            index,
            survey ? "—" : Numbers.Two(node.SelfAssessedPoints),
            survey ? "—" : Numbers.Two(node.AppraisedPoints),
            survey ? "—" : Numbers.Two(node.Difference),
            node.Title));
        foreach (var child in node.Children)
        {
            WriteNode(child, depth + 1, output, t);
        }
    }

    private static void WriteRanking(string block, IReadOnlyList<RankedUnit> units, TextWriter output, Language t)
    {
        output.WriteLine(block.Length == 0 ? t.T("Ranking", "Xếp hạng") : t.T($"Ranking, block {block}", $"Xếp hạng, khối {block}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.T("Rank", "Hạng"),-6}{t.T("Index %", "Chỉ số %"),9}  {t.T("Class", "Xếp loại"),-14}{t.T("Unit", "Đơn vị")}"));
        foreach (var unit in units)
        {
            var rank = unit.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—";
            var note = unit.Rank is null ? t.T(" (excluded from ranking)", " (không xếp hạng)") : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rank,-6}{Numbers.Two(unit.Card.IndexPercent),9}  {unit.Card.Class?.Label ?? "—",-14}{unit.Card.Unit.Name} ({unit.Card.Unit.Code}){note}"));
        }
    }

    private static void WriteCounts(IEnumerable<ClassCount> counts, TextWriter output, Language t) =>
        output.WriteLine(t.T("Classes: ", "Xếp loại: ") + string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{(c.Label.Length == 0 ? t.T("no class", "chưa xếp loại") : c.Label)} {c.Count}"))));

    private static string Row(string code, string points, string max, string index, string self, string appraised, string diff, string title) =>
        string.Create(CultureInfo.InvariantCulture, $"{code,-12}{points,8}{max,8}{index,10}{self,10}{appraised,11}{diff,11}  {title}");
}
