using System.Globalization;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scoring;
using Cchc.Domain.Validation.Scoring;
using FluentValidation;

namespace Cchc.Domain.Validation;

/// <summary>
/// Checks a <see cref="ScoringFramework"/>: parents' maxima against their children, unique codes,
/// rules on leaves with parameters in range, ratio bands and classification bands without overlaps or
/// gaps, the year range. Paths are JSON Pointers into the framework's JSON (<c>/areas/0/children/2/maxPoints</c>).
/// </summary>
/// <remarks>
/// A FluentValidation validator: run it with <c>Validate(framework).ToDiagnostics()</c> (or
/// <c>Diagnose(framework)</c>), <c>Include</c> it in a validator of your own, or derive from it to add
/// rules; failures of added rules come out as <see cref="DiagnosticCodes.UserRule"/>. Create it once
/// and reuse it.
/// </remarks>
public class FrameworkValidator : AbstractValidator<ScoringFramework>
{
    /// <summary>The largest maximum of a criterion or bonus/penalty item: sheets score out of 100, and sums of points must fit a decimal.</summary>
    internal const decimal MaxPointsLimit = 1_000_000m;

    /// <summary>Creates the validator with every rule of the library.</summary>
    public FrameworkValidator()
    {
        RuleFor(f => f.Identity.LastYear)
            .Must((f, last) => last >= f.Identity.FirstYear)
            .When(f => f.Identity.LastYear is not null)
            .OverridePropertyName("LastYear")
            .Reports(ScoringDiagnostics.InvalidYearRange, (f, last) => [f.Identity.FirstYear, last]);
        RuleFor(f => f).Custom(CriteriaChecks.CheckAreas);
        When(f => f.Adjustments is not null, () =>
        {
            RuleFor(f => f.Adjustments!.BonusCap)
                .GreaterThanOrEqualTo(0m)
                .Reports(ScoringDiagnostics.InvalidParameter, (_, cap) => Parameter("bonusCap", "0 or more", "lớn hơn hoặc bằng 0", cap));
            RuleFor(f => f.Adjustments!.PenaltyCap)
                .GreaterThanOrEqualTo(0m)
                .Reports(ScoringDiagnostics.InvalidParameter, (_, cap) => Parameter("penaltyCap", "0 or more", "lớn hơn hoặc bằng 0", cap));
        });
        RuleFor(f => f).Custom(CriteriaChecks.CheckAdjustmentItems);
        RuleFor(f => f).Custom(ClassificationChecks.Check);
        RuleFor(f => f.Policy.Rounding.Decimals)
            .InclusiveBetween(0, 6)
            .Reports(ScoringDiagnostics.InvalidParameter, (_, decimals) => Parameter("decimals", "from 0 to 6", "từ 0 đến 6", decimals));
    }

    /// <summary>The instance the readers share.</summary>
    internal static FrameworkValidator Shared { get; } = new();

    /// <summary>The message arguments of <see cref="ScoringDiagnostics.InvalidParameter"/>.</summary>
    internal static object?[] Parameter(string name, string requirementEn, string requirementVi, object value) => [name, requirementEn, value, requirementVi];

    /// <summary>A number in messages, in the invariant culture.</summary>
    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
