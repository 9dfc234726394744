FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY bin bin
COPY --from=build /src/target/parallax.jar /tmp/parallax.jar
# The jar unpacked, with an ahead-of-time cache of the classes a start loads and links, made by this image's JVM
# in a training start that needs no database: the portal then starts in about half the time.
RUN bin/aot-cache.sh /app/app /tmp/parallax.jar && rm /tmp/parallax.jar
COPY seeds seeds
EXPOSE 8080
ENV PARALLAX_APP_DIR=/app/app
ENTRYPOINT ["bin/parallax.sh"]
