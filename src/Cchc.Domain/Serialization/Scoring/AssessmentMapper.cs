using Cchc.Domain.Scoring;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>Maps assessment transfer objects to the model and back; array positions are kept so JSON Pointers stay valid.</summary>
internal static class AssessmentMapper
{
    public static Assessment ToModel(AssessmentDto dto) => new(
        new FrameworkReference(dto.Framework.Id, dto.Framework.Version),
        dto.Year,
        new AssessedUnit(dto.Unit.Code, dto.Unit.Name, dto.Unit.Block),
        dto.ExcludedFromRanking ?? false,
        [.. dto.Entries.Select(e => new LeafEntry(
            e.Code,
            [.. e.Rounds.Select(r => new RoundEntry(r.Round, ToModel(r.Input), r.Date, r.Note))],
            [.. (e.Evidence ?? []).Select(d => new EvidenceDocument(d.Number, d.Date, d.Issuer, d.Section, d.FileName))],
            e.Explanation))]);

    public static AssessmentDto ToDto(Assessment assessment, string? schemaUri) => new()
    {
        Schema = schemaUri,
        SchemaVersion = SchemaVersions.Current,
        Framework = new FrameworkReferenceDto { Id = assessment.Framework.Id, Version = assessment.Framework.Version },
        Year = assessment.Year,
        Unit = new UnitDto { Code = assessment.Unit.Code, Name = assessment.Unit.Name, Block = assessment.Unit.Block },
        ExcludedFromRanking = assessment.ExcludedFromRanking ? true : null,
        Entries = [.. assessment.Entries.Select(e => new EntryDto
        {
            Code = e.Code,
            Rounds = [.. e.Rounds.Select(r => new RoundDto { Round = r.Round, Date = r.Date, Input = ToDto(r.Input), Note = r.Note })],
            Evidence = e.Evidence.IsEmpty
                ? null
                : [.. e.Evidence.Select(d => new EvidenceDto { Number = d.Number, Date = d.Date, Issuer = d.Issuer, Section = d.Section, FileName = d.FileName })],
            Explanation = e.Explanation,
        })],
    };

    private static LeafInput ToModel(InputDto dto) => dto switch
    {
        BinaryInputDto binary => new BinaryInput(binary.Achieved),
        LevelInputDto level => new LevelInput(level.Level),
        RatioInputDto ratio => new RatioInput(ratio.Percent),
        TimelinessInputDto timeliness => new TimelinessInput(timeliness.Due, timeliness.Delivered),
        CountInputDto count => new CountInput(count.Count),
        SurveyInputDto survey => new SurveyInput([.. survey.Answers.Select(a => new SurveyAnswerCount(a.Option, a.Count))]),
        PointsInputDto points => new PointsInput(points.Points),
        NotApplicableInputDto notApplicable => new NotApplicableInput(notApplicable.Reason),
        _ => new NotApplicableInput(null),
    };

    private static InputDto ToDto(LeafInput input) => input switch
    {
        BinaryInput binary => new BinaryInputDto { Achieved = binary.Achieved },
        LevelInput level => new LevelInputDto { Level = level.Level },
        RatioInput ratio => new RatioInputDto { Percent = ratio.Percent },
        TimelinessInput timeliness => new TimelinessInputDto { Due = timeliness.Due, Delivered = timeliness.Delivered },
        CountInput count => new CountInputDto { Count = count.Count },
        SurveyInput survey => new SurveyInputDto { Answers = [.. survey.Answers.Select(a => new SurveyAnswerDto { Option = a.Option, Count = a.Count })] },
        PointsInput points => new PointsInputDto { Points = points.Points },
        NotApplicableInput notApplicable => new NotApplicableInputDto { Reason = notApplicable.Reason },
        _ => new NotApplicableInputDto(),
    };
}
