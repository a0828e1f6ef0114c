using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Serialization;

/// <summary>Documents an integrator could feed the reader on purpose or by accident: each gets a diagnostic, never a crash or a "defect" code.</summary>
public sealed class AdversarialReadTests
{
    private const string Header = "\"header\": { \"kind\": \"other\", \"title\": \"KH\", \"issuer\": \"Sở\", \"year\": 2022 }";

    private static string WithDue(string due) =>
        $$"""{ "schemaVersion": "1.0", {{Header}}, "areas": [ { "id": "a", "number": "1", "title": "T", "kind": "impact", "tasks": [ { "id": "t", "title": "T", "due": {{due}} } ] } ] }""";

    /// <summary>A structured deadline nested <paramref name="levels"/> times in labelled parts (three JSON levels each).</summary>
    private static string NestedDue(int levels)
    {
        var due = """{ "kind": "year", "year": 2022 }""";
        for (var i = 0; i < levels; i++)
        {
            due = $$"""{ "kind": "labelledParts", "parts": [ { "label": "a", "due": {{due}} } ] }""";
        }

        return WithDue(due);
    }

    [Theory]
    [InlineData("""{ "kind": "onDate", "date": "-0001-01-01" }""", "/areas/0/tasks/0/due/date")]
    [InlineData("""{ "kind": "month", "month": "-0001-01" }""", "/areas/0/tasks/0/due/month")]
    public void A_date_with_a_negative_year_is_not_a_date_as_the_schema_says(string due, string pointer)
    {
        var result = PlanJson.Read(WithDue(due));

        Assert.Null(result.Plan);
        Assert.Contains(result.Diagnostics, d => d.Code == "CCHC1007" && d.Path == pointer);
    }

    [Fact]
    public void A_date_of_the_year_0000_is_read_as_format_date_allows_it()
    {
        var result = PlanJson.Read(WithDue("""{ "kind": "onDate", "date": "0000-02-29" }"""), JsonReadOptions.Strict with { Validate = false });

        Assert.True(result.IsValid, string.Join("; ", result.Diagnostics));
    }

    [Fact]
    public void A_deeper_limit_than_64_reads_documents_up_to_that_depth()
    {
        var result = PlanJson.Read(NestedDue(25), JsonReadOptions.Strict with { MaxDepth = 100 });

        Assert.True(result.Plan is not null, string.Join("; ", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "CCHC1014");
    }

    [Fact]
    public void A_plan_read_with_a_deeper_limit_can_be_written()
    {
        var plan = PlanJson.Read(NestedDue(25), JsonReadOptions.Strict with { MaxDepth = 100 }).Plan!;

        Assert.Equal(plan, PlanJson.Read(PlanJson.Write(plan), JsonReadOptions.Strict with { MaxDepth = 100 }).Plan);
    }

    [Fact]
    public void The_depth_limit_has_a_ceiling_so_that_reading_cannot_overflow_the_stack()
    {
        Assert.Equal(JsonReadOptions.MaxDepthLimit, (JsonReadOptions.Strict with { MaxDepth = JsonReadOptions.MaxDepthLimit }).MaxDepth);
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonReadOptions.Strict with { MaxDepth = JsonReadOptions.MaxDepthLimit + 1 });
    }

    [Fact]
    public void A_document_as_deep_as_the_ceiling_is_read_on_a_small_stack()
    {
        // 1 MiB, less than the default stack of a thread-pool thread; a too deep walk would end the process.
        var levels = (JsonReadOptions.MaxDepthLimit - 8) / 3;
        var options = JsonReadOptions.Strict with { MaxDepth = JsonReadOptions.MaxDepthLimit };
        var outcome = "not run";
        var thread = new Thread(
            () =>
            {
                var read = PlanJson.Read(NestedDue(levels), options);
                var again = read.Plan is null ? null : PlanJson.Read(PlanJson.Write(read.Plan), options).Plan;
                outcome = read.Plan is null ? string.Join("; ", read.Diagnostics) : again == read.Plan ? "read and written" : "not written back";
            },
            1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal("read and written", outcome);
    }

    [Fact]
    public void A_kind_given_twice_is_reported_once_and_the_first_kind_decides_the_members()
    {
        var result = PlanJson.Read(WithDue("""{ "kind": "year", "year": 2022, "kind": "month" }"""));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("CCHC1005", "/areas/0/tasks/0/due/kind"), (error.Code, error.Path));
    }

    [Fact]
    public void Locating_pointers_in_text_with_an_unreadable_member_name_does_not_throw()
    {
        var loneSurrogate = JsonPositions.Locate("""{ "a": 1, "\ud800": 2, "x": 3 }"""u8, ["/a", "/x"]);
        var notUtf8 = JsonPositions.Locate([.. "{ \"a\": 1, \""u8, 0xFF, .. "\": 2, \"x\": 3 }"u8], ["/a", "/x"]);

        Assert.Equal((1, 8), loneSurrogate["/a"]);
        Assert.Equal((1, 8), notUtf8["/a"]);
    }
}
