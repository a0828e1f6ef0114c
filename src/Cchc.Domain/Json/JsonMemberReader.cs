namespace Cchc.Domain.Json;

/// <summary>Reads the value of one member into the object being built; the pass stands on the value, which is not null.</summary>
/// <typeparam name="T">The builder of the object.</typeparam>
internal delegate void JsonMemberReader<in T>(ref JsonPass pass, T target);

