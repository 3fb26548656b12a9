package org.medmine.context;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

/**
 * A JDBC connection that tells a {@link QueryListener} the text of every statement run through it:
 * the SQL of {@code prepareStatement} and {@code prepareCall}, and the SQL given to a plain
 * statement's {@code execute}, {@code executeQuery}, {@code executeUpdate} and {@code addBatch}.
 * Everything else passes through unchanged; closing it does not close the connection it wraps.
 */
final class ListenedConnection {
  private static final Set<String> PREPARING =
      Set.of("prepareStatement", "prepareCall", "nativeSQL");
  private static final Set<String> EXECUTING =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

  private ListenedConnection() {}

  /**
   * {@code c} itself when nobody listens, else a connection that reports its statements to {@code
   * listener}.
   */
  static Connection wrap(Connection c, QueryListener listener) {
    if (listener == QueryListener.NONE) {
      return c;
    }
    return proxy(
        Connection.class,
        c,
        (self, m, args) -> {
          if (m.getName().equals("close")) {
            return null;
          }
          if (PREPARING.contains(m.getName())
              && args != null
              && args.length > 0
              && args[0] instanceof String sql) {
            listener.statement(sql);
          }
          Object out = invoke(c, m, args);
          // DuckDB's plain statements are prepared-statement objects too: wrap by the method that
          // made them.
          if (m.getName().equals("createStatement") && out instanceof Statement s) {
            return statement(s, listener);
          }
          return out;
        });
  }

  private static Statement statement(Statement s, QueryListener listener) {
    return proxy(
        Statement.class,
        s,
        (self, m, args) -> {
          if (EXECUTING.contains(m.getName())
              && args != null
              && args.length > 0
              && args[0] instanceof String sql) {
            listener.statement(sql);
          }
          return invoke(s, m, args);
        });
  }

  private static <T> T proxy(Class<T> type, T target, InvocationHandler h) {
    return type.cast(
        Proxy.newProxyInstance(
            ListenedConnection.class.getClassLoader(), new Class<?>[] {type}, h));
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
