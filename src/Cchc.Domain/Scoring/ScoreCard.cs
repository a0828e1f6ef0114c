using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Cchc.Domain.Scoring;

/// <summary>
/// A unit's result on a framework: points and component index of every criterion, the bonus/penalty
/// block, the total, the index in percent, self-assessed versus appraised totals and the class.
/// </summary>
/// <remarks>Scores are comparable only with cards of the same framework and version: <see cref="CompareIndex(ScoreCard)"/> throws otherwise.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ScoreCard
{
    /// <summary>The framework and version scored against.</summary>
    public required FrameworkReference Framework { get; init; }

    /// <summary>The assessment year.</summary>
    public required int Year { get; init; }

    /// <summary>The unit.</summary>
    public required AssessedUnit Unit { get; init; }

    /// <summary>The block the unit is ranked in: the unit's, else the framework's, else the empty string.</summary>
    public required string Block { get; init; }

    /// <summary>Whether the unit is left out of ranking.</summary>
    public required bool ExcludedFromRanking { get; init; }

    /// <summary>The results of the areas, each with its sub-tree.</summary>
    public required ValueList<NodeScore> Areas { get; init; }

    /// <summary>The bonus/penalty block's result.</summary>
    public required AdjustmentScore Adjustments { get; init; }

    /// <summary>The framework's maximum (sum of the areas' maxima).</summary>
    public required decimal MaxPoints { get; init; }

    /// <summary>The maximum that counts after the not-applicable policy: the index's denominator.</summary>
    public required decimal ApplicableMaxPoints { get; init; }

    /// <summary>The points of the criteria tree, before bonus and penalty.</summary>
    public required decimal BasePoints { get; init; }

    /// <summary>Base points plus bonus minus penalty, never below 0.</summary>
    public required decimal TotalPoints { get; init; }

    /// <summary>The index: total ÷ applicable maximum × 100, capped at 100 unless the policy allows more, rounded by the policy.</summary>
    public required decimal IndexPercent { get; init; }

    /// <summary>The self-assessment points of the self-assessed leaves (điểm tự đánh giá).</summary>
    public required decimal SelfAssessedTotal { get; init; }

    /// <summary>The final points of the self-assessed leaves (điểm thẩm định).</summary>
    public required decimal AppraisedTotal { get; init; }

    /// <summary>The points of the survey leaves (điều tra xã hội học).</summary>
    public required decimal SurveyTotal { get; init; }

    /// <summary>The class of the index in the unit's block, or <see langword="null"/> when no band covers it.</summary>
    public required ClassificationBand? Class { get; init; }

    /// <summary>Appraised minus self-assessed total.</summary>
    public decimal Difference => AppraisedTotal - SelfAssessedTotal;

    /// <summary>The result of the criterion with code <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">A criterion code.</param>
    /// <returns>The node's result or <see langword="null"/>.</returns>
    public NodeScore? Find(string code) =>
        Areas.SelectMany(a => a.DescendantsAndSelf()).FirstOrDefault(n => string.Equals(n.Code, code, StringComparison.Ordinal));

    /// <summary>Whether this card and <paramref name="other"/> were scored on the same framework and version.</summary>
    /// <param name="other">Another card.</param>
    /// <returns><see langword="true"/> when their scores can be compared.</returns>
    public bool IsComparableWith(ScoreCard other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Framework == other.Framework;
    }

    /// <summary>Compares the indexes of two cards (positive when this one is higher).</summary>
    /// <param name="other">Another card of the same framework and version.</param>
    /// <returns>The comparison of <see cref="IndexPercent"/>.</returns>
    /// <exception cref="ArgumentException">The cards come from different frameworks or versions: comparing them is a programmer error.</exception>
    public int CompareIndex(ScoreCard other)
    {
        if (!IsComparableWith(other))
        {
            throw new ArgumentException(
                $"Scores of framework '{Framework.Id}' {Framework.Version} cannot be compared with scores of '{other.Framework.Id}' {other.Framework.Version}.",
                nameof(other));
        }

        return IndexPercent.CompareTo(other.IndexPercent);
    }

    /// <summary>A plain-text table: one line per criterion with points, maximum and component index, then the totals.</summary>
    /// <returns>The text, lines ending in <c>"\n"</c>.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{Unit.Name} ({Unit.Code}) — {Framework.Id} {Framework.Version}, {Year}\n");
        foreach (var node in Areas.SelectMany(a => a.DescendantsAndSelf()))
        {
            var index = node.IsNotApplicable && node.ApplicableMaxPoints == 0 ? "KAD" : node.ComponentIndex?.ToString("0.00", inv) + " %";
            text.Append(inv, $"{node.Code,-10} {node.Points,8:0.00} / {node.MaxPoints,-6:0.##} {index,9}  {node.Title}\n");
        }

        if (!Adjustments.Items.IsEmpty)
        {
            text.Append(inv, $"{"+/-",-10} {Adjustments.Net,8:0.00}   (bonus {Adjustments.Bonus:0.00}, penalty {Adjustments.Penalty:0.00})\n");
        }

        text.Append(inv, $"Total {TotalPoints:0.00} / {ApplicableMaxPoints:0.##}; index {IndexPercent:0.00} %; self {SelfAssessedTotal:0.00}, appraised {AppraisedTotal:0.00}, survey {SurveyTotal:0.00}");
        text.Append(Class is null ? "\n" : $"; class {Class.Label}\n");
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Unit.Code}: {IndexPercent:0.00} % ({TotalPoints:0.00}/{ApplicableMaxPoints:0.##}){(Class is null ? string.Empty : " " + Class.Label)}");
}
