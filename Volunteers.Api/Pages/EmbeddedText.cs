using Microsoft.AspNetCore.Components;

namespace Volunteers.Api.Pages;

/// <summary>A stylesheet or script compiled into the assembly, read once and written into pages as it is (a script without its whole-line comments).</summary>
internal static class EmbeddedText
{
    public static MarkupString Load(string fileName)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream("Volunteers.Api." + fileName)
            ?? throw new InvalidOperationException($"{fileName} is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        // A script's whole-line comments are for whoever reads the source, not bytes for a phone on a weak signal to fetch.
        if (fileName.EndsWith(".js", StringComparison.Ordinal))
            text = string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return new MarkupString(text);
    }
}
