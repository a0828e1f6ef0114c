namespace Cchc.Domain.Json;

/// <summary>Reads one item of a list; the pass stands on the item, which is not null. Always gives an item (a neutral one when it could not be read).</summary>
/// <typeparam name="TItem">The item.</typeparam>
internal delegate TItem JsonItemReader<out TItem>(ref JsonPass pass);

