using Volunteers.Core.Common;

namespace Volunteers.Api;

/// <summary>Who may call an endpoint, by role: one list per kind of caller, so a new role is added in one place.</summary>
public static class Access
{
    /// <summary>Everyone who works on the registry: the district and town offices and the learning points' coordinators.</summary>
    public static readonly string[] Staff = [Roles.DistrictAdmin, Roles.TownAdmin, Roles.PointCoordinator];

    /// <summary>A town's office, or the district's acting for a town.</summary>
    public static readonly string[] TownAdmin = [Roles.DistrictAdmin, Roles.TownAdmin];

    /// <summary>The district office alone: what spans or creates towns.</summary>
    public static readonly string[] DistrictAdmin = [Roles.DistrictAdmin];

    /// <summary>The volunteer themself, through their personal card (with <see cref="Setup.CardAuthentication"/>'s scheme).</summary>
    public static readonly string[] Volunteer = [Roles.Volunteer];
}
