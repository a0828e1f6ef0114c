using System.Text;
using Cchc.Domain.Calendar;
using Cchc.Domain.Calendar.Schedules;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;

namespace Cchc.Fuzz;

/// <summary>
/// The entry points the fuzzer drives, one per target, each taking the raw input bytes. Shared with the test
/// that replays tests/Cchc.Domain.Tests/Reliability/fuzz-findings (compiled into it as a linked file), so that
/// a finding is replayed exactly as it was found.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>The targets by name: what each input is and what runs on it.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["plan"] = Plan,
        ["framework"] = Framework,
        ["assessment"] = AssessmentTarget,
        ["schedule"] = Schedule,
        ["deadline"] = DeadlineTarget,
        ["legal"] = Legal,
        ["scorer"] = ScorerTarget,
    };

    /// <summary>The frameworks and assessments the assessment and scorer targets pair inputs with (set from the samples).</summary>
    public static IReadOnlyList<ScoringFramework> Frameworks { get; set; } = [];

    public static IReadOnlyList<Assessment> Assessments { get; set; } = [];

    /// <summary>
    /// PlanJson.Read (strict, lenient or from a stream, by the input's length, so that each input is read once)
    /// and, on what it returns, validation, the calendars and the matrix.
    /// </summary>
    public static void Plan(byte[] input)
    {
        PlanReadResult result;
        switch (input.Length % 3)
        {
            case 0:
                using (var stream = new MemoryStream(input, writable: false))
                {
                    result = PlanJson.Read(stream);
                }

                break;
            case 1:
                result = PlanJson.Read(input, JsonReadOptions.Lenient);
                break;
            default:
                result = PlanJson.Read(input);
                break;
        }

        if (result.Plan is not { } plan)
        {
            return;
        }

        _ = new PlanValidator().Diagnose(plan);
        _ = ResponsibilityMatrix.From(plan);
        _ = ReportingCalendar.For(plan, plan.Header.Year);
        _ = PlanCalendar.For(plan);
    }

    public static void Framework(byte[] input)
    {
        var result = FrameworkJson.Read(input);
        if (result.Framework is { } framework)
        {
            _ = new FrameworkValidator().Diagnose(framework);
        }
    }

    /// <summary>AssessmentJson.Read, then validation and scoring against every sample framework.</summary>
    public static void AssessmentTarget(byte[] input)
    {
        var result = AssessmentJson.Read(input);
        if (result.Assessment is not { } assessment)
        {
            return;
        }

        foreach (var framework in Frameworks)
        {
            _ = new AssessmentValidator(framework).Diagnose(assessment);
            _ = Scorer.Score(framework, assessment);
        }
    }

    /// <summary>OfficialScheduleJson.Read and, when valid, a calendar with the schedules registered.</summary>
    public static void Schedule(byte[] input)
    {
        var result = OfficialScheduleJson.Read(input);
        if (result.IsValid)
        {
            var calendar = WorkingCalendar.Default.With(result.Schedules);
            foreach (var schedule in result.Schedules)
            {
                if (schedule.Year >= WorkingCalendar.MinDate.Year && schedule.Year <= WorkingCalendar.MaxDate.Year)
                {
                    _ = calendar.HolidaysIn(schedule.Year).Count;
                }
            }
        }
    }

    /// <summary>Deadline.TryParse on the input as UTF-8 text (invalid bytes become U+FFFD; lone surrogates come from mutations of the text).</summary>
    public static void DeadlineTarget(byte[] input)
    {
        var text = Text(input);
        foreach (var year in (int[])[2022, 2000, 2199, 1, 9999, int.MaxValue])
        {
            _ = Deadline.TryParse(text, year, out _);
        }
    }

    public static void Legal(byte[] input)
    {
        var text = Text(input);
        _ = LegalReferenceParser.TryParse(text, out _);
        _ = LegalReferenceParser.FindAll(text);
    }

    /// <summary>FrameworkJson.Read, then the Scorer on what it returns (errors or not) with every sample assessment.</summary>
    public static void ScorerTarget(byte[] input)
    {
        if (FrameworkJson.Read(input, JsonReadOptions.Lenient).Framework is not { } framework)
        {
            return;
        }

        var scorer = new Scorer(framework);
        foreach (var assessment in Assessments)
        {
            _ = scorer.Score(assessment);
        }

        _ = Ranking.Rank([.. Assessments.Select(scorer.Score)]);
    }

    /// <summary>
    /// Text inputs are stored as UTF-16 code units in little-endian order when they start with the marker FF FE
    /// (so that lone surrogates survive), else as UTF-8.
    /// </summary>
    public static string Text(byte[] input)
    {
        if (input.Length >= 2 && input[0] == 0xFF && input[1] == 0xFE)
        {
            var chars = new char[(input.Length - 2) / 2];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(input[2 + (2 * i)] | (input[3 + (2 * i)] << 8));
            }

            return new string(chars);
        }

        return Encoding.UTF8.GetString(input);
    }
}
