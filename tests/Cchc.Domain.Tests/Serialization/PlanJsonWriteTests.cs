using Cchc.Domain.Deadlines;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using NodaTime;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Serialization;

/// <summary>
/// Plans built in code can hold what the reader never produces: the writer either writes a document
/// that reads back to the same plan or throws an <see cref="ArgumentException"/> that says what is wrong.
/// </summary>
public sealed class PlanJsonWriteTests
{
    private static readonly PlanHeader Header = new(PlanKind.Other, "KH", "Sở", 2022);

    private static Plan WithTask(PlanTask task) =>
        new(Header) { Areas = [new ReformArea("a", "1", "T", ReformAreaKind.Impact) { Tasks = [task] }] };

    public static TheoryData<string, Deadline?> UnrecognizedDeadlines => new()
    {
        { "a phrase the parser would understand, kept as not understood", new UnrecognizedDeadline("Quý I") },
        { "no phrase at all", new UnrecognizedDeadline("x") with { Text = null } },
        { "a phrase not understood", new UnrecognizedDeadline("Khi có yêu cầu") },
    };

    [Theory]
    [MemberData(nameof(UnrecognizedDeadlines))]
    public void An_unrecognized_deadline_of_a_task_reads_back_the_same(string why, Deadline? deadline)
    {
        var plan = WithTask(new PlanTask("t", "T") { Deadline = deadline });

        var json = PlanJson.Write(plan);

        Assert.True(plan == PlanJson.Read(json).Plan, why + ":\n" + json);
        Assert.Equal(json, PlanJson.Write(PlanJson.Read(json).Plan!));
    }

    [Fact]
    public void A_top_level_unrecognized_due_with_a_phrase_reads_back_the_same()
    {
        const string json = """{ "schemaVersion": "1.0", "header": { "kind": "other", "title": "KH", "issuer": "Sở", "year": 2022 }, "areas": [ { "id": "a", "number": "1", "title": "T", "kind": "impact", "tasks": [ { "id": "t", "title": "T", "deadline": "Quý I", "due": { "kind": "unrecognized" } } ] } ] }""";
        var plan = PlanJson.Read(json).Plan!;

        Assert.IsType<UnrecognizedDeadline>(plan.AllTasks.Single().Task.Deadline);
        Assert.Equal(plan, PlanJson.Read(PlanJson.Write(plan)).Plan);
    }

    public static TheoryData<string, Plan, string> Unwritable => new()
    {
        { "a required text null", new Plan(Header with { Title = null! }), "/header" },
        { "a null text in a list", new Plan(Header) { Notes = [null!] }, "/notes/0" },
        { "a null area", new Plan(Header) { Areas = [null!] }, "/areas/0" },
        { "a null task", new Plan(Header) { Areas = [new ReformArea("a", "1", "T", ReformAreaKind.Impact) { Tasks = [null!] }] }, "/areas/0/tasks/0" },
        { "a null part of a deadline", WithTask(new PlanTask("t", "T") { Deadline = new LabelledPartsDeadline([null!]) }), "/areas/0/tasks/0/due/parts/0" },
        { "a code outside its list", new Plan(Header with { Kind = (PlanKind)99 }), "Kind" },
        { "a date before the year 0", new Plan(Header) { LegalBasis = [new LegalReference(LegalDocumentType.Law, "Luật") { Date = new LocalDate(-1, 1, 1) }] }, "/legalBasis/0/date" },
    };

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void A_plan_the_format_cannot_hold_is_refused_with_an_argument_exception_naming_the_spot(string why, Plan plan, string spot)
    {
        var error = Assert.Throws<ArgumentException>(() => PlanJson.Write(plan));
        Assert.Equal("plan", error.ParamName);
        Assert.True(error.Message.Contains(spot, StringComparison.Ordinal), why + ": " + error.Message);
        Assert.Throws<ArgumentException>(() => PlanJson.WriteUtf8(plan));
    }

    [Fact]
    public void Vietnamese_is_written_raw_and_characters_beyond_the_basic_plane_as_escaped_pairs()
    {
        var plan = new Plan(Header with { Title = "Nội dung <CCHC> & 'số' \U0001F600" });

        var json = PlanJson.Write(plan);

        Assert.Contains("\"title\": \"Nội dung <CCHC> & 'số' \\uD83D\\uDE00\"", json, StringComparison.Ordinal);
        Assert.Equal(plan, PlanJson.Read(json).Plan);
    }
}
