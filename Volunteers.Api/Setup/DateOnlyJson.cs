using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Volunteers.Core.Common;

namespace Volunteers.Api.Setup;

/// <summary>Dates in JSON as yyyy-MM-dd; one in that shape that names no day (1988-02-30) is refused as such, not as malformed JSON.</summary>
public sealed class DateOnlyJson : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException();
        var text = reader.GetString()!;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw CalendarDates.NamesNoDay(text) ? new NoSuchDayException(CalendarDates.NoSuchDay(text)) : new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

public sealed class NoSuchDayException(string reason) : JsonException(reason)
{
    public string Reason { get; } = reason;
}
