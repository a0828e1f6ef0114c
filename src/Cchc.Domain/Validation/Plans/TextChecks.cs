using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using Cchc.Domain.Text;
using FluentValidation;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>Checks over every text of a plan: Unicode NFC, and citations inside text whose number and date disagree on the year.</summary>
internal static class TextChecks
{
    public static void Check(Plan plan, ValidationContext<Plan> context)
    {
        var path = new JsonPath();
        PlanTexts.Visit(plan, path, text => CheckText(text, path, context));
    }

    private static void CheckText(string text, JsonPath path, ValidationContext<Plan> context)
    {
        if (!VietnameseText.IsNfc(text))
        {
            context.ReportWithSuggestion(PlanDiagnostics.NotNfc, path.ToPointer(), VietnameseText.ToNfc(text));
        }

        if (path.StartsWith("legalBasis") || path.StartsWith("citations") || !MayCite(text))
        {
            return;
        }

        foreach (var reference in LegalReferenceParser.FindAll(text))
        {
            if (reference is { Year: { } numberYear, Date: { } date } && numberYear != date.Year)
            {
                context.Report(PlanDiagnostics.LegalReferenceYearMismatch, path.ToPointer(), reference.Text, numberYear, PlausibilityChecks.Iso(date));
            }
        }
    }

    /// <summary>A cheap pre-check: a citation with a dated number has a slash followed by a digit.</summary>
    private static bool MayCite(string text) => text.Contains("/2", StringComparison.Ordinal) || text.Contains("/1", StringComparison.Ordinal);
}
