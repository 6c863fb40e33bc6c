using Volunteers.Core.Common;

namespace Volunteers.Api;

/// <summary>Who may call an endpoint, by role: one list per kind of caller, so a new role is added in one place.</summary>
public static class Access
{
    /// <summary>Everyone who works on the registry: the town office and the learning points' coordinators.</summary>
    public static readonly string[] Staff = [Roles.TownAdmin, Roles.PointCoordinator];

    /// <summary>The town office alone.</summary>
    public static readonly string[] TownAdmin = [Roles.TownAdmin];

    /// <summary>The volunteer themself, through their personal card (with <see cref="Setup.CardAuthentication"/>'s scheme).</summary>
    public static readonly string[] Volunteer = [Roles.Volunteer];
}
