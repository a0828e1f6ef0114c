using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using FluentValidation;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>Whole-plan checks of years and dates against the plan period, and of citations whose number and date disagree.</summary>
internal static class PlausibilityChecks
{
    public static void Check(Plan plan, ValidationContext<Plan> context)
    {
        var first = plan.Header.Year;
        var last = Math.Max(plan.Header.LastYear, first);
        var path = new JsonPath();
        foreach (var target in PlanPaths.Targets(plan, path))
        {
            if (target.BaselineYear > first)
            {
                context.Report(PlanDiagnostics.BaselineAfterPlanYear, path.ToPointer("baselineYear"), target.BaselineYear, first);
            }

            if (target.HorizonYear < first)
            {
                context.Report(PlanDiagnostics.HorizonBeforePlanYear, path.ToPointer("horizonYear"), target.HorizonYear, first);
            }
        }

        foreach (var task in PlanPaths.Tasks(plan, path))
        {
            if (task.Deadline?.Span is { } span && (span.End.Year < first || span.Start.Year > last))
            {
                context.Report(PlanDiagnostics.DateOutsidePlan, path.ToPointer("deadline"), task.Deadline.Text ?? span.Start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), first, last);
            }

            if (task.CompletedOn is { } done && (done.Year < first || done.Year > last))
            {
                context.Report(PlanDiagnostics.DateOutsidePlan, path.ToPointer("completedOn"), Iso(done), first, last);
            }
        }

        CheckYears(plan.LegalBasis, "legalBasis", path, context);
        CheckYears(plan.Citations, "citations", path, context);
    }

    private static void CheckYears(ValueList<LegalReference> references, string member, JsonPath path, ValidationContext<Plan> context)
    {
        foreach (var reference in PlanPaths.Items(references, member, path))
        {
            if (reference is { Year: { } numberYear, Date: { } date } && numberYear != date.Year)
            {
                context.Report(PlanDiagnostics.LegalReferenceYearMismatch, path.ToPointer(), reference.Text, numberYear, Iso(date));
            }
        }
    }

    /// <summary>A date in messages: ISO 8601, the form the JSON uses.</summary>
    internal static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
