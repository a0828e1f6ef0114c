using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using FluentValidation;

namespace Cchc.Domain.Validation.Plans;

/// <summary>
/// Checks of task deadlines: a phrase not understood (a warning at the phrase, <c>deadline</c>), and
/// structured deadlines whose parts, at any depth, are out of range or not understood (at <c>due</c>).
/// </summary>
internal static class DeadlineChecks
{
    public static void Check(Plan plan, ValidationContext<Plan> context)
    {
        foreach (var (path, task) in PlanPaths.Tasks(plan))
        {
            if (task.Deadline is UnrecognizedDeadline unrecognized)
            {
                context.Report(PlanDiagnostics.UnrecognizedDeadline, PlanPaths.Member(path, "deadline"), unrecognized.Text);
            }
            else if (task.Deadline is { } deadline)
            {
                CheckParts(deadline, PlanPaths.Member(path, "due"), context);
            }
        }
    }

    /// <summary>Reports the parts of a structured deadline, at any depth, whose numbers make no period or count (CCHC2023) or whose phrase was not understood (CCHC2018).</summary>
    private static void CheckParts(Deadline deadline, string path, ValidationContext<Plan> context)
    {
        switch (deadline)
        {
            case UnrecognizedDeadline u:
                context.Report(PlanDiagnostics.UnrecognizedDeadline, path, u.Text);
                break;
            case QuarterDeadline { Quarter: < 1 or > 4 } q:
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

                    CheckParts(part.Due, PlanPaths.Member(partPath, "due"), context);
                }

                break;
            case LabelledPartsDeadline l:
                for (var i = 0; i < l.Parts.Count; i++)
                {
                    CheckParts(l.Parts[i].Deadline, PlanPaths.Member($"{path}/parts/{i}", "due"), context);
                }

                break;
        }
    }
}
