using System.Globalization;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scoring;
using Cchc.Domain.Validation.Scoring;
using FluentValidation;

namespace Cchc.Domain.Validation;

/// <summary>
/// Checks an <see cref="Assessment"/> against its <see cref="ScoringFramework"/>: the framework and
/// year, unknown or duplicate codes, inputs that do not fit the leaf's rule, points above the maximum,
/// negative values, unknown levels and survey options, points without evidence or explanation,
/// missing and unappraised leaves (a bonus/penalty item without an entry simply scores 0). Paths are JSON Pointers into the assessment's JSON
/// (<c>/entries/3/rounds/1/input/points</c>). The scorer treats every problem found here leniently
/// (0 points or clamping), so a card can always be produced.
/// </summary>
/// <remarks>
/// A FluentValidation validator for one framework: create it once per framework and run it on every
/// assessment of that framework with <c>Validate(assessment).ToDiagnostics()</c> (or
/// <c>Diagnose(assessment)</c>); <c>Include</c> it in a validator of your own or derive from it to add
/// rules, whose failures come out as <see cref="DiagnosticCodes.UserRule"/>.
/// </remarks>
public class AssessmentValidator : AbstractValidator<Assessment>
{
    /// <summary>Creates the validator of assessments against <paramref name="framework"/>.</summary>
    /// <param name="framework">The framework the assessments are checked against.</param>
    public AssessmentValidator(ScoringFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        Framework = framework;
        var identity = framework.Identity;
        var leaves = new AssessedLeaves(framework);
        RuleFor(a => a.Framework)
            .Must(f => string.Equals(f.Id, identity.Id, StringComparison.Ordinal) && string.Equals(f.Version, identity.Version, StringComparison.Ordinal))
            .Reports(ScoringDiagnostics.FrameworkMismatch, (_, f) => [f.Id, f.Version, identity.Id, identity.Version]);
        RuleFor(a => a.Year)
            .Must(identity.AppliesTo)
            .Reports(ScoringDiagnostics.YearOutsideFramework, (_, year) => [year, identity.FirstYear, identity.LastYear?.ToString(CultureInfo.InvariantCulture) ?? "…"]);
        RuleFor(a => a).Custom(leaves.Check);
    }

    /// <summary>The framework the assessments are checked against.</summary>
    public ScoringFramework Framework { get; }
}
