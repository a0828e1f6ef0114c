using System.Text.Json;
using Cchc.Domain.Reporting;
using Cchc.Domain.Tests.Samples;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Tests.Reporting;

/// <summary>The JSON form of the plan calendar that <c>cchc calendar --format json</c> prints.</summary>
public sealed class PlanCalendarJsonTests
{
    [Fact]
    public void Seed_003_calendar_json_lists_entries_reports_and_undated_tasks()
    {
        var (plan, _) = SamplePlans.Load("003-cong-thuong-2021.json");
        var calendar = PlanCalendar.For(plan);

        var json = calendar.ToJson();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Contains("\"summary\": \"Hạn báo cáo quý I năm 2021\"", json, StringComparison.Ordinal);
        Assert.Equal(48, root.GetProperty("entries").GetArrayLength());
        var q1 = root.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "report" && e.GetProperty("period").GetString() == "quarter1");
        Assert.Equal(("2021-03-09", "2021-03-09", "2020-12-15", "2021-03-14"), (
            q1.GetProperty("date").GetString(), q1.GetProperty("limit").GetString(),
            q1.GetProperty("dataWindow").GetProperty("start").GetString(), q1.GetProperty("dataWindow").GetProperty("end").GetString()));
        Assert.Equal(4, root.GetProperty("reports").GetArrayLength());
        Assert.Equal(
            ["directed", "directed", "perDocument", "workingDaysAfter", "workingDaysAfter"],
            root.GetProperty("undated").EnumerateArray().Select(u => u.GetProperty("kind").GetString()), StringComparer.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }
}
