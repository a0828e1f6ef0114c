namespace Cchc.Domain.Json;

/// <summary>Reads the root value; the pass stands on its first token.</summary>
/// <typeparam name="T">What is built.</typeparam>
internal delegate T JsonRootReader<out T>(ref JsonPass pass);

