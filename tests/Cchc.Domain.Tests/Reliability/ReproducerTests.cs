using System.Diagnostics;
using System.Text;
using Cchc.Domain.Calendar.Schedules;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;

namespace Cchc.Domain.Tests.Reliability;

/// <summary>
/// The reproducers of the hostile-input campaign against v0.1.0 (this folder, named as found) whose causes are
/// outside the readers and parsers. Those owned by the readers', deadlines' and citations' engineers are in
/// PendingReproducerTests.cs once their fixes are merged.
/// </summary>
public sealed class ReproducerTests
{
    private static string Reproducer(string name) => RepositoryFiles.Path(Path.Combine("tests", "Cchc.Domain.Tests", "Reliability", name));

    private static IReadOnlyList<Assessment> SampleAssessments() =>
    [
        .. Directory.GetFiles(RepositoryFiles.Path(Path.Combine("samples", "scoring")), "assessment-*.json")
            .Select(f => AssessmentJson.Read(File.ReadAllBytes(f)).Assessment).OfType<Assessment>(),
    ];

    [Fact]
    public void The_scorer_scores_a_framework_read_with_a_leaf_of_maxPoints_negative_zero()
    {
        // cli-framework-maxPoints-negzero.json, framework__Scorer_(framework with errors).Score__ArgumentOutOfRangeException__*.min.txt
        var framework = FrameworkJson.Read(File.ReadAllBytes(Reproducer("cli-framework-maxPoints-negzero.json"))).Framework;
        Assert.NotNull(framework);
        var assessments = SampleAssessments();
        Assert.NotEmpty(assessments);

        var cards = assessments.Select(a => Scorer.Score(framework, a)).ToList();

        Assert.All(cards, card => Assert.True(card.TotalPoints >= 0m));
    }

    [Fact]
    public void A_negative_zero_maximum_is_a_zero_maximum_for_a_rule()
    {
        var negativeZero = decimal.Parse("-0.0", System.Globalization.CultureInfo.InvariantCulture);
        var rule = new BinaryRule();

        Assert.Equal(0m, rule.Evaluate(new BinaryInput(true), negativeZero));
        Assert.Throws<ArgumentOutOfRangeException>(() => rule.Evaluate(new BinaryInput(true), -1m));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(0)]
    [InlineData(10000)]
    public void The_reporting_calendar_of_a_year_outside_2_to_9999_is_empty_not_an_exception(int year)
    {
        // plan__ReportingCalendar.For__ArgumentOutOfRangeException__8EDB5B493FC5.min.txt: a plan year of 2147483647.
        var plan = SamplePlan.Build();
        plan = plan with { Header = plan.Header with { Year = year } };

        Assert.Empty(ReportingCalendar.For(plan, year).Reports);
        _ = PlanCalendar.For(plan);
    }

    [Fact]
    public void A_ratio_band_rule_of_1004_bands_validates_quickly_with_one_overlap_per_band()
    {
        // framework-90KB-slow-3s.json: every pair of 1,004 overlapping bands was reported (3 s, 351 MB).
        var framework = FrameworkJson.Read(File.ReadAllBytes(Reproducer("framework-90KB-slow-3s.json"))).Framework;
        Assert.NotNull(framework);

        var diagnostics = FrameworkValidator.Shared.Diagnose(framework);

        Assert.InRange(diagnostics.Count(d => d.Code == "CCHC4007"), 1, 1004);
    }

    [Fact]
    public void Locating_a_hundred_thousand_pointers_on_one_line_is_linear()
    {
        // schedule-3MB-1M-element-array-hang.json: 1 M `{}` in `days`, each a diagnostic located on the one line of the file.
        const int n = 100_000;
        var json = Encoding.UTF8.GetBytes("{\"days\":[" + string.Join(',', Enumerable.Repeat("{}", n)) + "]}");
        var pointers = Enumerable.Range(0, n).Select(i => "/days/" + i).ToList();
        var watch = Stopwatch.StartNew();

        var found = JsonPositions.Locate(json, pointers);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Equal(n, found.Count);
        Assert.Equal((1, 10 + (3 * (n - 1))), found["/days/" + (n - 1)]);
    }

    [Fact]
    public void A_schedules_file_with_a_large_days_array_is_read_and_located_in_seconds()
    {
        const int n = 200_000;
        var json = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"schedules\":[{\"year\":2027,\"source\":\"x\",\"holidays\":[{\"occasion\":\"lunarNewYear\",\"days\":["
            + string.Join(',', Enumerable.Repeat("{}", n)) + "],\"source\":\"y\"}]}]}");
        var watch = Stopwatch.StartNew();

        var result = OfficialScheduleJson.Read(json);
        var found = JsonPositions.Locate(json, result.Diagnostics.Select(d => d.Path));

        Assert.False(result.IsValid);
        Assert.NotEmpty(found);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void The_position_cursor_agrees_with_the_position_of_each_offset()
    {
        var text = Encoding.UTF8.GetBytes("{\n  \"tên\": \"Nội vụ\",\n\n  \"x\": [1, 2,\r\n 3] }");
        var cursor = default(TextPosition.Cursor);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            Assert.Equal(TextPosition.Of(text, offset), cursor.MoveTo(text, offset));
        }

        Assert.Equal(TextPosition.Of(text, 3), cursor.MoveTo(text, 3));
    }
}
