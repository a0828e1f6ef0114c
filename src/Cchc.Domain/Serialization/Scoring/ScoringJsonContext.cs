using System.Text.Json.Serialization;
using Cchc.Domain.Scoring;
using Cchc.Domain.Json.Converters;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The source-generated contract of the framework and assessment documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    MaxDepth = JsonReadOptions.MaxDepthLimit,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    Converters =
    [
        typeof(CamelCaseEnumConverter<FrameworkLevel>),
        typeof(CamelCaseEnumConverter<AssessmentMethod>),
        typeof(CamelCaseEnumConverter<NotApplicablePolicy>),
        typeof(CamelCaseEnumConverter<ScoreRoundingMode>),
        typeof(CamelCaseEnumConverter<RoundingStage>),
        typeof(CamelCaseEnumConverter<AssessmentRound>),
        typeof(CamelCaseEnumConverter<AdjustmentDirection>),
        typeof(LocalDateJsonConverter),
    ])]
[JsonSerializable(typeof(FrameworkDto))]
[JsonSerializable(typeof(AssessmentDto))]
internal sealed partial class ScoringJsonContext : JsonSerializerContext;
