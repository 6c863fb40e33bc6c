namespace Volunteers.Api.Setup;

/// <summary>The settings under "Volunteers" (env Volunteers__X).</summary>
public sealed class VolunteersOptions
{
    public string Database { get; set; } = "data/volunteers.db";
    public string? BootstrapAdminToken { get; set; }
    public string? DataKey { get; set; }

    /// <summary>Self-registrations one client (IP address) may send per <see cref="RegistrationRateWindow"/>.</summary>
    public int RegistrationRateLimit { get; set; } = 20;
    public TimeSpan RegistrationRateWindow { get; set; } = TimeSpan.FromMinutes(10);
}
