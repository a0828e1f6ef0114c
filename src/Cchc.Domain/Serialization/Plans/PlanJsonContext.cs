using System.Text.Json.Serialization;
using Cchc.Domain.Legal;
using Cchc.Domain.Calendar;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Json.Converters;
using Cchc.Domain.Targets;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>The source-generated System.Text.Json contract of plan documents (trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    MaxDepth = JsonReadOptions.MaxDepthLimit,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    Converters =
    [
        typeof(LocalDateJsonConverter), typeof(YearMonthJsonConverter), typeof(AnnualDateJsonConverter), typeof(PartialDateJsonConverter),
        typeof(CamelCaseEnumConverter<PlanKind>), typeof(CamelCaseEnumConverter<UnitKind>), typeof(CamelCaseEnumConverter<ReformAreaKind>),
        typeof(CamelCaseEnumConverter<PlanTaskStatus>), typeof(CamelCaseEnumConverter<AssignmentRole>), typeof(CamelCaseEnumConverter<AssignmentScope>),
        typeof(CamelCaseEnumConverter<FundingKind>), typeof(CamelCaseEnumConverter<ReportingPeriodKind>), typeof(CamelCaseEnumConverter<LegalDocumentType>),
        typeof(CamelCaseEnumConverter<TargetMeasure>), typeof(CamelCaseEnumConverter<Comparator>), typeof(CamelCaseEnumConverter<QuantityUnit>),
    ])]
[JsonSerializable(typeof(PlanDto))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
