namespace Volunteers.Core.Volunteers;

/// <summary>The key that encrypts ID numbers: from configuration, or generated once and kept beside the database.</summary>
public static class DataKeys
{
    public static byte[] LoadOrCreate(string? configured, string databasePath)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Decode(configured, "Volunteers:DataKey");
        var file = Path.ChangeExtension(Path.GetFullPath(databasePath), ".key");
        if (File.Exists(file)) return Decode(File.ReadAllText(file).Trim(), file);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Convert.ToBase64String(PersonalDataProtector.NewKey()));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return Decode(File.ReadAllText(file).Trim(), file);
    }

    /// <summary>With a database server, every instance of the service must decrypt what the others wrote: no key file of its own.</summary>
    public static byte[] Configured(string? configured) => !string.IsNullOrWhiteSpace(configured)
        ? Decode(configured, "Volunteers:DataKey")
        : throw new InvalidOperationException("With PostgreSQL, set Volunteers:DataKey (32 bytes as base64, e.g. `openssl rand -base64 32`), the same for every instance.");

    private static byte[] Decode(string base64, string source)
    {
        try
        {
            var key = Convert.FromBase64String(base64);
            if (key.Length == 32) return key;
        }
        catch (FormatException) { }
        throw new InvalidOperationException($"The data key in {source} must be 32 bytes written as base64 (e.g. `openssl rand -base64 32`).");
    }
}
