using Volunteers.Api.Setup;
using Volunteers.Core.Audit;
using FastEndpoints;
using Volunteers.Core.Backups;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Backups.Create;

public sealed record Response(string Name, long Size, string? KeyFile);

/// <summary>A consistent copy of the live database, and of its data key file, in backups/ beside the database.</summary>
public sealed class Endpoint(Database db, AuditCommands audit, TimeProvider clock) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Post("/api/admin/backups");
        Roles(Access.TownAdmin);
        Description(x => x.Created());
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Sqlite)
            throw DomainException.Conflict(Text.T("备份接口只用于内置的 SQLite 数据库；PostgreSQL 请用 pg_dump 备份（见 README）",
                "The backup endpoint is for the embedded SQLite database only; back PostgreSQL up with pg_dump (see the README)"));
        var file = DatabaseBackup.Create(db, clock);
        audit.Record(User.Caller(), "backup.create", "backup", file.Name, new { file.Size });
        await Send.ResponseAsync(new Response(file.Name, file.Size, file.KeyFile is null ? null : Path.GetFileName(file.KeyFile)), 201, ct);
    }
}
