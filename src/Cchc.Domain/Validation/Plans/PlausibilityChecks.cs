using Cchc.Domain.Deadlines;
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

            if (task.Deadline is { } deadline)
            {
                CheckParts(deadline, PlanPaths.Member(path, "due"), nested: false, context);
            }

            if (task.CompletedOn is { } done && (done.Year < first || done.Year > last))
            {
                context.Report(PlanDiagnostics.DateOutsidePlan, PlanPaths.Member(path, "completedOn"), done, first, last);
            }
        }

        for (var i = 0; i < plan.LegalBasis.Count; i++)
        {
            var reference = plan.LegalBasis[i];
            if (reference is { Year: { } numberYear, Date: { } date } && numberYear != date.Year)
            {
                context.Report(PlanDiagnostics.LegalReferenceYearMismatch, $"/legalBasis/{i}", reference.Text, numberYear, date);
            }
        }
    }

    /// <summary>Reports structured deadlines whose numbers make no period or count (CCHC2023); top-level quarters are PlanRules' job.</summary>
    private static void CheckParts(Deadline deadline, string path, bool nested, ValidationContext<Plan> context)
    {
        switch (deadline)
        {
            case QuarterDeadline { Quarter: < 1 or > 4 } q when nested:
                context.Report(PlanDiagnostics.InvalidDeadline, PlanPaths.Member(path, "quarter"), q.Quarter, "quarter (1–4)", "quý (1–4)");
                break;
            case HalfYearDeadline { Half: not (1 or 2) } h:
                context.Report(PlanDiagnostics.InvalidDeadline, PlanPaths.Member(path, "half"), h.Half, "half (1–2)", "nửa năm (1–2)");
                break;
            case WorkingDaysAfterEventDeadline { WorkingDays: < 1 } w:
                context.Report(PlanDiagnostics.InvalidDeadline, PlanPaths.Member(path, "workingDays"), w.WorkingDays, "number of working days (at least 1)", "số ngày làm việc (ít nhất 1)");
                break;
            case DaysAfterEventDeadline { Days: < 1 } d:
                context.Report(PlanDiagnostics.InvalidDeadline, PlanPaths.Member(path, "days"), d.Days, "number of days (at least 1)", "số ngày (ít nhất 1)");
                break;
            case WithinPeriodDeadline { Period: null } and not QuarterDeadline and not HalfYearDeadline:
                context.Report(PlanDiagnostics.InvalidDeadline, path, deadline.Text ?? deadline.ToString(), "period", "khoảng thời gian");
                break;
            case RecurringReportDeadline r:
                for (var i = 0; i < r.Parts.Count; i++)
                {
                    var part = r.Parts[i];
                    var partPath = $"{path}/parts/{i}";
                    if (part.Period is null)
                    {
                        context.Report(PlanDiagnostics.InvalidDeadline, PlanPaths.Member(partPath, "period"), $"{part.Kind} {part.Year}", "reporting period", "kỳ báo cáo");
                    }

                    CheckParts(part.Due, PlanPaths.Member(partPath, "due"), nested: true, context);
                }

                break;
            case LabelledPartsDeadline l:
                for (var i = 0; i < l.Parts.Count; i++)
                {
                    CheckParts(l.Parts[i].Deadline, PlanPaths.Member($"{path}/parts/{i}", "due"), nested: true, context);
                }

                break;
        }
    }
}
