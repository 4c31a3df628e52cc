package org.chemnet.network.jdbc.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A data source that counts the statements prepared or created on its connections, to show that a query does not
 * run once per record.
 */
public final class CountingDataSource {
    private final AtomicLong statements = new AtomicLong();
    private final DataSource counting;

    /**
     * Wraps a data source.
     *
     * @param target the real data source
     */
    public CountingDataSource(DataSource target) {
        this.counting = proxy(
                DataSource.class,
                target,
                (name, result) -> name.equals("getConnection")
                        ? proxy(Connection.class, result, (inner, statement) -> {
                            if (inner.equals("prepareStatement")
                                    || inner.equals("createStatement")
                                    || inner.equals("prepareCall")) {
                                statements.incrementAndGet();
                            }
                            return statement;
                        })
                        : result);
    }

    /** The data source to hand to the store. */
    public DataSource dataSource() {
        return counting;
    }

    /** How many statements were made so far. */
    public long statements() {
        return statements.get();
    }

    /** Starts counting again from zero. */
    public void reset() {
        statements.set(0);
    }

    private interface AfterCall {
        Object after(String method, Object result);
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return after.after(method.getName(), method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
