using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using FluentValidation;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>
/// Checks of task deadlines: a phrase not understood (a warning at the phrase, <c>deadline</c>), and
/// structured deadlines whose parts, at any depth, are out of range or not understood (at <c>due</c>).
/// </summary>
internal static class DeadlineChecks
{
    public static void Check(Plan plan, ValidationContext<Plan> context)
    {
        var path = new JsonPath();
        foreach (var task in PlanPaths.Tasks(plan, path))
        {
            if (task.Deadline is UnrecognizedDeadline unrecognized)
            {
                ReportUnrecognized(unrecognized, plan.Header.Year, path.ToPointer("deadline"), context);
            }
            else if (task.Deadline is { } deadline)
            {
                using (path.Enter("due"))
                {
                    CheckParts(deadline, plan.Header.Year, path, context);
                }
            }
        }
    }

    /// <summary>CCHC2018 with why and where the parser stopped, or CCHC2025 for a day that does not exist.</summary>
    private static void ReportUnrecognized(UnrecognizedDeadline deadline, int planYear, string pointer, ValidationContext<Plan> context)
    {
        var failure = deadline.Failure ?? (deadline.Text is { Length: > 0 } text ? Deadline.Parse(text, planYear).Failure : null)
            ?? new DeadlineParseFailure(DeadlineParseError.Empty, 0, string.Empty);
        var descriptor = failure.Error == DeadlineParseError.ImpossibleDate ? PlanDiagnostics.ImpossibleDeadlineDate : PlanDiagnostics.UnrecognizedDeadline;
        context.Report(descriptor, pointer, deadline.Text, failure.Message, failure.MessageVi);
    }

    /// <summary>Reports the parts of a structured deadline, at any depth, whose numbers make no period or count (CCHC2023) or whose phrase was not understood (CCHC2018); <paramref name="path"/> stands at the deadline.</summary>
    private static void CheckParts(Deadline deadline, int planYear, JsonPath path, ValidationContext<Plan> context)
    {
        switch (deadline)
        {
            case UnrecognizedDeadline u:
                ReportUnrecognized(u, planYear, path.ToPointer(), context);
                break;
            case QuarterDeadline { Quarter: < 1 or > 4 } q:
                context.Report(PlanDiagnostics.InvalidDeadline, path.ToPointer("quarter"), q.Quarter, "quarter (1–4)", "quý (1–4)");
                break;
            case HalfYearDeadline { Half: not (1 or 2) } h:
                context.Report(PlanDiagnostics.InvalidDeadline, path.ToPointer("half"), h.Half, "half (1–2)", "nửa năm (1–2)");
                break;
            case WorkingDaysAfterEventDeadline { WorkingDays: < 1 } w:
                context.Report(PlanDiagnostics.InvalidDeadline, path.ToPointer("workingDays"), w.WorkingDays, "number of working days (at least 1)", "số ngày làm việc (ít nhất 1)");
                break;
            case DaysAfterEventDeadline { Days: < 1 } d:
                context.Report(PlanDiagnostics.InvalidDeadline, path.ToPointer("days"), d.Days, "number of days (at least 1)", "số ngày (ít nhất 1)");
                break;
            case WithinPeriodDeadline { Period: null } and not QuarterDeadline and not HalfYearDeadline:
                context.Report(PlanDiagnostics.InvalidDeadline, path.ToPointer(), deadline.Text ?? deadline.ToString(), "period", "khoảng thời gian");
                break;
            case RecurringReportDeadline r:
                foreach (var part in PlanPaths.Items(r.Parts, "parts", path))
                {
                    if (part.Period is null)
                    {
                        context.Report(PlanDiagnostics.InvalidDeadline, path.ToPointer("period"), $"{part.Kind} {part.Year}", "reporting period", "kỳ báo cáo");
                    }

                    using (path.Enter("due"))
                    {
                        CheckParts(part.Due, planYear, path, context);
                    }
                }

                break;
            case LabelledPartsDeadline l:
                foreach (var part in PlanPaths.Items(l.Parts, "parts", path))
                {
                    using (path.Enter("due"))
                    {
                        CheckParts(part.Deadline, planYear, path, context);
                    }
                }

                break;
        }
    }
}
