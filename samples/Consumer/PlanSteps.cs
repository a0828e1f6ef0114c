using Cchc.Domain.Calendar;
using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using NodaTime;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Consumer;

/// <summary>The plan steps: JSON round trip, validation, deadlines on the working calendar.</summary>
internal static class PlanSteps
{
    public static void RoundTrip(Plan plan)
    {
        var json = PlanJson.Write(plan);
        var read = PlanJson.Read(json);
        Console.WriteLine($"json: {json.Length} characters written, read back with {read.Diagnostics.Count} diagnostics");
        Check.That(read.IsValid, "the written plan reads back valid");
        Check.Equal(plan, read.Plan, "the plan read back");
        Check.Equal(json, PlanJson.Write(read.Plan!), "the JSON written again");
    }

    public static void Validate(Plan plan)
    {
        Check.Equal(0, new PlanValidator().Validate(plan).ToDiagnostics().Count, "diagnostics of the sample plan");

        // The same plan with a task led by a unit it does not declare: one error, at the task's lead.
        var broken = plan with
        {
            Areas = [plan.Areas[0], plan.Areas[1] with { Tasks = [plan.Areas[1].Tasks[0] with { LeadUnitIds = ["so-tai-chinh"] }, plan.Areas[1].Tasks[1]] }],
        };
        var diagnostics = new PlanValidator().Diagnose(broken);
        foreach (var d in diagnostics)
        {
            Console.WriteLine($"validate: {d.Code} {d.Severity} {d.Path}: {d.MessageVi}");
        }

        Check.Equal(1, diagnostics.Count(d => d.IsError), "errors of the broken plan");
        var error = diagnostics.First(d => d.IsError);
        Check.Equal(DiagnosticCodes.Plan.UnknownUnit, error.Code, "code of the error");
        Check.Equal("/areas/1/tasks/0/leadUnitIds/0", error.Path, "JSON Pointer of the error");
    }

    public static void ListDeadlines(Plan plan)
    {
        var calendar = WorkingCalendar.Default;
        var due = new Dictionary<string, LocalDate?>(StringComparer.Ordinal);
        foreach (var (area, task) in plan.AllTasks)
        {
            due[task.Id] = task.Deadline is { } deadline ? DueDates.Of(deadline, calendar) : null;
            Console.WriteLine($"deadline: {area.Number}/{task.Number} {task.Deadline?.Text} → {task.Deadline} → due {due[task.Id]:yyyy-MM-dd}");
        }

        // 31/3/2025 is a Monday; 31/5/2025 a Saturday, so "before" it is Friday 30/5;
        // 30/9/2025 a Tuesday; 31/12/2025 a Wednesday.
        Check.Equal(new LocalDate(2025, 3, 31), due["t1"], "due date of 'Quý I'");
        Check.Equal(new LocalDate(2025, 5, 30), due["t2"], "due date of 'Trước ngày 31/5/2025'");
        Check.Equal(new LocalDate(2025, 9, 30), due["t3"], "due date of 'Tháng 9/2025'");
        Check.Equal(new LocalDate(2025, 12, 31), due["t4"], "due date of 'Năm 2025'");
        Check.That(!calendar.IsWorkingDay(new LocalDate(2025, 9, 2)), "2/9/2025 (Quốc khánh) is not a working day");
    }
}
