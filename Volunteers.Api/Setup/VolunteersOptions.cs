using Volunteers.Core.CheckIn;
using Volunteers.Core.Incentives;
using Volunteers.Core.Numbering;
using Volunteers.Core.Registration;
using Volunteers.Core.Selection;

namespace Volunteers.Api.Setup;

/// <summary>The settings under "Volunteers" (env Volunteers__X).</summary>
public sealed class VolunteersOptions
{
    public string Database { get; set; } = "data/volunteers.db";
    /// <summary>sqlite (the embedded file, the default) or postgres (ConnectionStrings:Volunteers).</summary>
    public string DatabaseProvider { get; set; } = "sqlite";
    public string? BootstrapAdminToken { get; set; }
    public string? DataKey { get; set; }
    public bool TwoStepReview { get; set; } = true;
    public IncentiveOptions Incentives { get; set; } = new();
    public SelectionSettings Selection { get; set; } = new();
    public NumberingSettings Numbering { get; set; } = new();
    public CheckinSettings CheckIn { get; set; } = new();
    public PrivacySettings Privacy { get; set; } = new();

    /// <summary>Self-registrations one client (IP address) may send per <see cref="RegistrationRateWindow"/>.</summary>
    public int RegistrationRateLimit { get; set; } = 20;
    public TimeSpan RegistrationRateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Card links (/c/{key}) one client may open per <see cref="CardLinkRateWindow"/>: a village's volunteers may share one address.</summary>
    public int CardLinkRateLimit { get; set; } = 60;
    public TimeSpan CardLinkRateWindow { get; set; } = TimeSpan.FromMinutes(10);

    public static VolunteersOptions From(IConfiguration configuration) =>
        configuration.GetSection("Volunteers").Get<VolunteersOptions>() ?? new VolunteersOptions();

    public string DatabasePath(string contentRoot) => Path.IsPathRooted(Database) ? Database : Path.Combine(contentRoot, Database);
}

/// <summary>Plain values, so environment variables set them: Volunteers__Incentives__StarThresholds=100,300,600,1000,1500.</summary>
public sealed class IncentiveOptions
{
    public string? StarThresholds { get; set; }
    public int? PointsPerHour { get; set; }
    public int? PointsPerAward { get; set; }

    public IncentiveSettings ToSettings()
    {
        var defaults = new IncentiveSettings();
        var thresholds = StarThresholds?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        if (thresholds is not null && (thresholds.Length is 0 or > 10 || thresholds.Any(t => t <= 0) || !thresholds.SequenceEqual(thresholds.Order().Distinct())))
            throw new InvalidOperationException("Volunteers:Incentives:StarThresholds must be 1 to 10 increasing positive whole numbers of hours, e.g. 100,300,600,1000,1500");
        return new IncentiveSettings
        {
            StarThresholds = thresholds ?? defaults.StarThresholds,
            PointsPerHour = PointsPerHour ?? defaults.PointsPerHour,
            PointsPerAward = PointsPerAward ?? defaults.PointsPerAward,
        };
    }
}
