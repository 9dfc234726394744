FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp package -DskipTests

# The jar unpacked, with an ahead-of-time cache of the classes a start loads and links, made by the runtime image's
# JVM in a training start. That start runs to health UP on a PostgreSQL of this stage's own, left behind with it.
FROM eclipse-temurin:25-jre AS cache
RUN apt-get update && apt-get install -y --no-install-recommends postgresql curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY bin bin
COPY seeds seeds
COPY --from=build /src/target/parallax.jar /tmp/parallax.jar
RUN pg_ctlcluster "$(ls /etc/postgresql)" main start \
    && su postgres -c "psql -q -c \"alter user postgres password 'training'\"" \
    && TRAINING_PASSWORD=training bin/aot-cache.sh /app/app /tmp/parallax.jar \
    && pg_ctlcluster "$(ls /etc/postgresql)" main stop

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY bin bin
COPY --from=cache /app/app /app/app
COPY seeds seeds
EXPOSE 8080
ENV PARALLAX_APP_DIR=/app/app
ENTRYPOINT ["bin/parallax.sh"]
