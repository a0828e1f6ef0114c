using System.Globalization;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Scores;

/// <summary>
/// CSV (<see cref="Csv"/>: RFC 4180, CRLF, a byte-order mark), one row per assessment in the order given: identity, rank, totals, index, class,
/// self-assessed versus appraised, then the points of each area in columns <c>area:&lt;code&gt;</c>.
/// </summary>
internal sealed class CsvScoreRenderer : IScoreRenderer
{
    public void Render(ScoreReport report, TextWriter output, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var areas = report.Framework.Areas.Select(a => a.Code).ToList();
        Csv.Header(output, [
            "file", "unitCode", "unitName", "block", "year", "rank", "excludedFromRanking", "totalPoints", "applicableMaxPoints", "indexPercent",
            "classCode", "classLabel", "selfAssessedTotal", "appraisedTotal", "difference", "surveyTotal", "bonus", "penalty",
            .. areas.Select(code => (CsvCell)("area:" + code)),
        ]);
        foreach (var unit in report.Units)
        {
            var card = unit.Card;
            Csv.Row(output, [
                unit.File, card.Unit.Code, card.Unit.Name, card.Block, Number(card.Year.ToString(CultureInfo.InvariantCulture)),
                Number(unit.Rank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty), card.ExcludedFromRanking ? "true" : "false",
                Exact(card.TotalPoints), Exact(card.ApplicableMaxPoints), Exact(card.IndexPercent),
                card.Class?.Code ?? string.Empty, card.Class?.Label ?? string.Empty,
                Exact(card.SelfAssessedTotal), Exact(card.AppraisedTotal), Exact(card.Difference), Exact(card.SurveyTotal),
                Exact(card.Adjustments.Bonus), Exact(card.Adjustments.Penalty),
                .. areas.Select(code => card.Areas.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.Ordinal)) is { } area ? Exact(area.Points) : Number(string.Empty)),
            ]);
        }
    }

    private static CsvCell Number(string formatted) => CsvCell.Number(formatted);

    private static CsvCell Exact(decimal value) => CsvCell.Number(Numbers.Exact(value));
}
