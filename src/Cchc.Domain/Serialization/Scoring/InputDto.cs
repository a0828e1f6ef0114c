using System.Text.Json.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>A round's input, discriminated by <c>kind</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(BinaryInputDto), "binary")]
[JsonDerivedType(typeof(LevelInputDto), "level")]
[JsonDerivedType(typeof(RatioInputDto), "ratio")]
[JsonDerivedType(typeof(TimelinessInputDto), "timeliness")]
[JsonDerivedType(typeof(CountInputDto), "count")]
[JsonDerivedType(typeof(SurveyInputDto), "survey")]
[JsonDerivedType(typeof(PointsInputDto), "points")]
[JsonDerivedType(typeof(NotApplicableInputDto), "notApplicable")]
internal abstract class InputDto;
