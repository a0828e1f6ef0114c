using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using FluentValidation;

namespace Cchc.Domain.Validation.Plans;

/// <summary>Whole-plan checks of years and dates against the plan period, and of citations whose number and date disagree.</summary>
internal static class PlausibilityChecks
{
    public static void Check(Plan plan, ValidationContext<Plan> context)
    {
        var first = plan.Header.Year;
        var last = Math.Max(plan.Header.LastYear, first);
        foreach (var (path, target) in PlanPaths.Targets(plan))
        {
            if (target.BaselineYear > first)
            {
                context.Report(PlanDiagnostics.BaselineAfterPlanYear, PlanPaths.Member(path, "baselineYear"), target.BaselineYear, first);
            }

            if (target.HorizonYear < first)
            {
                context.Report(PlanDiagnostics.HorizonBeforePlanYear, PlanPaths.Member(path, "horizonYear"), target.HorizonYear, first);
            }
        }

        foreach (var (path, task) in PlanPaths.Tasks(plan))
        {
            if (task.Deadline?.Span is { } span && (span.End.Year < first || span.Start.Year > last))
            {
                context.Report(PlanDiagnostics.DateOutsidePlan, PlanPaths.Member(path, "deadline"), task.Deadline.Text ?? span.Start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), first, last);
            }

            if (task.CompletedOn is { } done && (done.Year < first || done.Year > last))
            {
                context.Report(PlanDiagnostics.DateOutsidePlan, PlanPaths.Member(path, "completedOn"), Iso(done), first, last);
            }
        }

        CheckYears(plan.LegalBasis, "/legalBasis", context);
        CheckYears(plan.Citations, "/citations", context);
    }

    private static void CheckYears(ValueList<LegalReference> references, string path, ValidationContext<Plan> context)
    {
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            if (reference is { Year: { } numberYear, Date: { } date } && numberYear != date.Year)
            {
                context.Report(PlanDiagnostics.LegalReferenceYearMismatch, $"{path}/{i}", reference.Text, numberYear, Iso(date));
            }
        }
    }

    /// <summary>A date in messages: ISO 8601, the form the JSON uses.</summary>
    internal static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
