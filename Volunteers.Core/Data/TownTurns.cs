using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Volunteers.Core.Data;

/// <summary>Each town's turn to write, and the write generation each town's commits move on.</summary>
public sealed partial class Database
{
    // The towns each open write transaction has entered: their turns are held until it ends, and their write generations
    // are the ones its commit moves on. Npgsql hands the same transaction object out again for the next transaction on a
    // pooled connection, so each write starts its own set.
    private static readonly ConditionalWeakTable<DbTransaction, SortedSet<long>> Entered = new();

    private static DbTransaction Track(DbTransaction transaction)
    {
        Entered.AddOrUpdate(transaction, []);
        return transaction;
    }

    /// <summary>The district's own entries (towns, its administrators) are kept as town 0 in the turns and generations.</summary>
    public const long District = 0;

    /// <summary>
    /// Takes <paramref name="town"/>'s turn for the rest of the transaction (PostgreSQL: an advisory lock keyed by the town;
    /// SQLite's one writer holds every turn already): what a town numbers, chains and counts is then in order. Taken by
    /// <see cref="BeginWrite"/> for a write within one town, and by the audit log for the town whose chain it extends.
    /// </summary>
    public static void EnterTown(DbConnection connection, DbTransaction transaction, long? town)
    {
        var id = town ?? District;
        if (!Entered.GetOrCreateValue(transaction).Add(id) || connection is SqliteConnection) return;
        using var turn = TownTurnCommand(connection, transaction, id);
        turn.ExecuteNonQuery();
    }

    /// <summary>The statement that takes <paramref name="town"/>'s turn, after <paramref name="before"/> in the same round trip.</summary>
    private static DbCommand TownTurnCommand(DbConnection connection, DbTransaction transaction, long town, string before = "")
    {
        var turn = connection.CreateCommand();
        turn.Transaction = transaction;
        turn.CommandText = before + "SELECT pg_advisory_xact_lock(hashtext('volunteers.town'), @town)";
        var parameter = turn.CreateParameter();
        parameter.ParameterName = "town";
        parameter.Value = checked((int)town);
        turn.Parameters.Add(parameter);
        return turn;
    }

    /// <summary>
    /// For a write that manages its own transaction: lets cached aggregates know they are stale. Each town the write entered
    /// moves its own generation on (the district's when it entered none), so writers of different towns never wait for one
    /// row; a reader's generation is their sum, which any commit moves on.
    /// </summary>
    public static void MarkChanged(DbConnection connection, DbTransaction transaction)
    {
        var towns = Entered.TryGetValue(transaction, out var entered) && entered.Count > 0 ? entered : [District];
        foreach (var town in towns)
        {
            using var bump = connection.CreateCommand();
            bump.Transaction = transaction;
            bump.CommandText = """
                INSERT INTO write_generation (id, value) VALUES (@town, 1)
                ON CONFLICT (id) DO UPDATE SET value = write_generation.value + 1
                """;
            var parameter = bump.CreateParameter();
            parameter.ParameterName = "town";
            parameter.Value = town;
            bump.Parameters.Add(parameter);
            bump.ExecuteNonQuery();
        }
        ForgetHeldGeneration();
    }
}
