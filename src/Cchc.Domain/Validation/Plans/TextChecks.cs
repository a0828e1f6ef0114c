using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Text;
using FluentValidation;

namespace Cchc.Domain.Validation.Plans;

/// <summary>Checks over every text of a plan: Unicode NFC, and citations inside text whose number and date disagree on the year.</summary>
internal static class TextChecks
{
    public static void Check(Plan plan, ValidationContext<Plan> context)
    {
        foreach (var (path, text) in PlanTexts.Of(plan))
        {
            if (!VietnameseText.IsNfc(text))
            {
                context.ReportWithSuggestion(PlanDiagnostics.NotNfc, path, VietnameseText.ToNfc(text));
            }

            if (path.StartsWith("/legalBasis/", StringComparison.Ordinal) || path.StartsWith("/citations/", StringComparison.Ordinal) || !MayCite(text))
            {
                continue;
            }

            foreach (var reference in LegalReferenceParser.FindAll(text))
            {
                if (reference is { Year: { } numberYear, Date: { } date } && numberYear != date.Year)
                {
                    context.Report(PlanDiagnostics.LegalReferenceYearMismatch, path, reference.Text, numberYear, PlausibilityChecks.Iso(date));
                }
            }
        }
    }

    /// <summary>A cheap pre-check: a citation with a dated number has a slash followed by a digit.</summary>
    private static bool MayCite(string text) => text.Contains("/2", StringComparison.Ordinal) || text.Contains("/1", StringComparison.Ordinal);
}
